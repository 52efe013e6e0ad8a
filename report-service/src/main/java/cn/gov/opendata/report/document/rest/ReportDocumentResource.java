package cn.gov.opendata.report.document.rest;

import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.document.ReportDocuments;
import cn.gov.opendata.report.model.ReportRequest;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The annual report as a document (HTML, DOCX, XLSX, Markdown, JSON), chosen by the file suffix. */
@Path("/api/v1/reports/{agency}/{year: \\d{4}}.{ext: [A-Za-z0-9]+}")
@Tag(name = "Report documents", description = "The annual report rendered as a printable page, Word, Excel or Markdown file")
@RolesAllowed({Roles.READER, Roles.SUPERVISOR, Roles.ADMIN})
public class ReportDocumentResource {

    @Inject
    AgencyAccess access;

    @Inject
    ReportDocuments documents;

    @GET
    @Operation(summary = "The report as a document: .html (printable A4 page), .pdf (A4, fonts embedded), .docx, .xlsx (one sheet per table), .md or .json")
    @APIResponse(responseCode = "200", description = "The rendered document, with a Content-Disposition file name", content = {
        @Content(mediaType = "text/html"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        @Content(mediaType = "application/pdf"),
        @Content(mediaType = "text/markdown"),
        @Content(mediaType = "application/json")})
    @APIResponse(responseCode = "400", description = "A parameter is invalid (format, scope, rounding, decimals, agency code)")
    @APIResponse(responseCode = "404", description = "Unknown file suffix, or the agency is not in the directory")
    @APIResponse(responseCode = "503", description = "A source service (or the report assembly) is unavailable")
    public Response document(
            @PathParam("agency") String agency,
            @PathParam("year") int year,
            @Parameter(description = "html, pdf, docx, xlsx, md or json") @PathParam("ext") String ext,
            @Parameter(description = "NATIONAL_2021 (default) or LEGACY_2008") @QueryParam("format") String format,
            @Parameter(description = "SUBTREE (default) or SELF") @QueryParam("scope") String scope,
            @Parameter(description = "TRUNCATE (default), HALF_UP or LARGEST_REMAINDER") @QueryParam("rounding") String rounding,
            @Parameter(description = "Decimals of percentages, 0-6 (default 2)") @QueryParam("decimals") String decimals) {
        DocumentType type = DocumentType.fromExtension(ext).orElseThrow(() -> ApiException.notFound(
                "No document type '." + ext + "'; use one of " + Arrays.stream(DocumentType.values())
                        .map(t -> "." + t.extension()).collect(Collectors.joining(", "))));
        ReportRequest request = ReportRequest.parse(agency, year, format, scope, rounding, decimals);
        access.requireReport(request.agency());
        return documents.respond(request, type);
    }
}
