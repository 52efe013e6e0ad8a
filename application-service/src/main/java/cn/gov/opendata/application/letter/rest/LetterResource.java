package cn.gov.opendata.application.letter.rest;

import cn.gov.opendata.application.letter.LetterPdf;
import cn.gov.opendata.application.letter.service.LetterService;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/requests/{id}/letters")
@Tag(name = "Letters", description = "Statutory letters to the applicant (告知书, 答复书) and to consulted parties, with document numbers and delivery (2019 条例 Art. 30–42)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class LetterResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    @Inject
    LetterService letters;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Issue a letter from the request's history: the next document number of the agency's year, the DOCX and its SHA-256",
            description = "法定文书：根据申请的办理经过出具一份文书（受理回执、补正告知书、延期答复告知书、征求意见书、收费通知书、答复书），取本机关当年的下一个文号，生成 DOCX 并记录其 SHA-256；Location 指向该文书。The history must contain the step the letter reports (409 otherwise). A clerk of the owning agency.")
    @APIResponse(responseCode = "201", description = "Issued; Location is the letter")
    @APIResponse(responseCode = "200", description = "Identical retry (same kind, step, date, recipient and clerk): the letter issued before, no new number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Not a clerk of the owning agency")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The history has no step this letter reports")
    public Response issue(@PathParam("id") long id, @Valid @NotNull IssueLetterBody body, @Context UriInfo uri) {
        LetterService.Issue issued = letters.issue(id, body);
        LetterView letter = issued.letter();
        if (!issued.created()) {
            return Response.ok(letter).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/requests/{id}/letters/{letter}").build(id, letter.id()))
                .entity(letter).build();
    }

    @GET
    @Operation(summary = "The request's letters, oldest first (records only; the documents name the applicant)",
            description = "法定文书：一件申请已出具的文书记录（文号、种类、出具与送达情况），按出具先后；文书内容含申请人信息，不在此列出。")
    @APIResponse(responseCode = "200", description = "The letters")
    @APIResponse(responseCode = "404", description = "No such request")
    public List<LetterView> list(@PathParam("id") long id) {
        return letters.list(id).orElseThrow(() -> ApiException.notFound("No request " + id));
    }

    @GET
    @Path("/{letter}")
    @Operation(summary = "One letter's record",
            description = "法定文书：一份文书的记录（文号、种类、SHA-256、送达方式和日期）。404 when the letter does not belong to this request.")
    @APIResponse(responseCode = "200", description = "The letter")
    @APIResponse(responseCode = "404", description = "No such letter of this request")
    public LetterView one(@PathParam("id") long id, @PathParam("letter") long letter) {
        return letters.find(id, letter).orElseThrow(() -> ApiException.notFound("No letter " + letter + " of request " + id));
    }

    @GET
    @Path("/{letter}/document")
    @Produces(DOCX)
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "The letter as issued (DOCX); its SHA-256 is the ETag",
            description = "法定文书：出具时的 DOCX 原件，ETag 为其 SHA-256。It names the applicant: a clerk of the owning agency only.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "403", description = "Not a clerk of the owning agency")
    @APIResponse(responseCode = "404", description = "No such letter of this request")
    public Response document(@PathParam("id") long id, @PathParam("letter") long letter) {
        LetterService.Document d = letters.document(id, letter).orElseThrow(() -> ApiException.notFound("No letter " + letter + " of request " + id));
        return Response.ok(d.content(), DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("ETag", "\"" + d.sha256() + "\"")
                .build();
    }

    @GET
    @Path("/{letter}/pdf")
    @Produces(PDF)
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "The letter as PDF (A4, fonts embedded, searchable), laid out from the DOCX as issued",
            description = "法定文书：PDF 版（A4，嵌入中文字体，文字可检索），由出具时的 DOCX 原件排版生成，内容与之相同；"
                    + "X-Letter-SHA256 为该 DOCX 原件的 SHA-256。503 when the server has no Chinese font. A clerk of the owning agency only.")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "403", description = "Not a clerk of the owning agency")
    @APIResponse(responseCode = "404", description = "No such letter of this request")
    @APIResponse(responseCode = "503", description = "No Chinese font on the server")
    public Response pdf(@PathParam("id") long id, @PathParam("letter") long letter) {
        // read and audited as the DOCX is, in the service's transaction; laid out after it, so that a download waiting for
        // the one PDF render a service does at a time holds no database connection
        LetterService.Document d = letters.document(id, letter).orElseThrow(() -> ApiException.notFound("No letter " + letter + " of request " + id));
        byte[] pdf = LetterPdf.fromDocx(d.content());
        // the PDF is laid out anew on each download: its hash would not name it, the issued DOCX's hash does
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName().replaceFirst("\\.docx$", ".pdf") + "\"")
                .header("X-Letter-SHA256", d.sha256())
                .build();
    }

    @POST
    @Path("/{letter}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Record the letter's delivery (送达): method and date, also as an event of the request",
            description = "法定文书：记录文书的送达（直接送达、邮寄送达、电子送达）及送达日期，同时记入申请的办理经过。A letter is delivered once, not before it was issued (409).")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Not a clerk of the owning agency")
    @APIResponse(responseCode = "404", description = "No such letter of this request")
    @APIResponse(responseCode = "409", description = "Already delivered, or dated before the letter")
    public LetterView deliver(@PathParam("id") long id, @PathParam("letter") long letter, @Valid @NotNull DeliveryBody body) {
        return letters.deliver(id, letter, body);
    }
}
