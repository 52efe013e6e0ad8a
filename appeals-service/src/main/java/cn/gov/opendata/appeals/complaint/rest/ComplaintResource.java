package cn.gov.opendata.appeals.complaint.rest;

import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.appeals.common.rest.Codes;
import cn.gov.opendata.appeals.common.rest.ImportSummary;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.appeals.complaint.service.ComplaintService;
import cn.gov.opendata.appeals.complaint.service.ComplaintStore;
import cn.gov.opendata.appeals.common.rest.CaseResource;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import java.util.List;

@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Complaints", description = "举报投诉: complaints and reports about disclosure work, keyed by agency and reference number")
public class ComplaintResource extends CaseResource<ComplaintBody> {

    private final ComplaintService service;

    public ComplaintResource(ComplaintService service, ComplaintStore store, AgencyAccess access) {
        super(service, store, access, ComplaintResource.class);
        this.service = service;
    }

    @GET
    // a reader follows a report figure's link to the records counted (docs/SECURITY.md): lists only, no personal data
    @RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "List complaints, filtered by agency and the year received",
            description = "举报投诉：分页列出对政府信息公开工作的举报投诉，可按机关和收到年度筛选。")
    @APIResponse(responseCode = "200", description = "One page of complaints")
    @APIResponse(responseCode = "400", description = "Bad filter or paging parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ComplaintBody> list(@Parameter(description = "agency code; repeat for several (any of them)") @QueryParam("agency") List<String> agency,
                                    @QueryParam("year") String year,
                                    @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return service.list(access.figureListScope(QueryParams.agencies("agency", agency)), QueryParams.year("year", year), PageRequest.of(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Record a new complaint",
            description = "举报投诉：登记一件新的举报投诉案件（自然键：机关代码 + 编号）。Dates lie between 1990-01-01 and tomorrow; a result needs its decision date and a decision date its result. An existing key is 409; the answer's Location names the case. A clerk of the agency or an admin.")
    @APIResponse(responseCode = "201", description = "Created; Location names the complaint")
    @APIResponse(responseCode = "400", description = "Invalid complaint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A complaint with this agency and reference number exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid ComplaintBody body, UriInfo uri) {
        return createCase(body, uri);
    }

    @POST
    @Path("/import")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Consumes("application/x-ndjson")
    @Operation(summary = "Import complaints as NDJSON: all lines or none, upserted by natural key",
            description = "举报投诉：以 NDJSON 批量导入举报投诉案件，每行一件（ComplaintBody），按自然键新建或更新。The whole batch is validated first: if any line is bad, nothing is written and the answer lists every bad line as 'line n: field'. Re-sending the batch changes nothing.")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged complaints")
    @APIResponse(responseCode = "400", description = "Some lines are invalid (each listed as 'line n: field'); nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(description = "NDJSON: one case per line, in the shape of ComplaintBody; blank lines are skipped", content =
        @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = ComplaintBody.class),
                example = "[{\"agency\":\"zk-fugou\",\"referenceNumber\":\"TS-2018-003\",\"receivedOn\":\"2018-06-12\",\"subject\":\"未按期答复政府信息公开申请\",\"result\":\"已责令限期答复\"},"
                    + "{\"agency\":\"zk-fugou\",\"referenceNumber\":\"TS-2018-004\",\"receivedOn\":\"2018-08-01\",\"subject\":\"网站未公开财政预算\"}]"))
    public ImportSummary importLines(InputStream body) {
        return importCases(body);
    }

    @GET
    @Path("/{agency}/{referenceNumber}")
    @Operation(summary = "Get one complaint",
            description = "举报投诉：按机关代码和编号查看一件举报投诉案件。404 names the case when it is not on record.")
    @APIResponse(responseCode = "200", description = "The complaint")
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplaintBody get(@PathParam("agency") String agency, @PathParam("referenceNumber") String referenceNumber) {
        return getCase(agency, referenceNumber);
    }

    @PUT
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Path("/{agency}/{referenceNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a complaint by its natural key (replace needs the current version)",
            description = "举报投诉：按自然键新建或整体替换一件举报投诉案件；替换时须带上读到的 version（不符为 409）。Body agency and number, when given, must match the path.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintBody.class)))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid complaint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("agency") @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
                        @PathParam("referenceNumber") @Size(max = 100) @Pattern(regexp = Codes.CASE_NUMBER, message = Codes.CASE_NUMBER_MESSAGE) String referenceNumber,
                        @NotNull @Valid ComplaintBody body, UriInfo uri) {
        return putCase(agency, referenceNumber, body, uri);
    }

    @DELETE
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Path("/{agency}/{referenceNumber}")
    @Operation(summary = "Delete a complaint",
            description = "举报投诉：删除一件举报投诉案件；其数字立即从统计中去掉。A clerk of the agency or an admin.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("agency") String agency, @PathParam("referenceNumber") String referenceNumber) {
        deleteCase(agency, referenceNumber);
    }
}
