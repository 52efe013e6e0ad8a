package cn.gov.opendata.appeals.lawsuit.rest;

import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.appeals.common.rest.Codes;
import cn.gov.opendata.appeals.common.rest.ImportSummary;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.appeals.lawsuit.Route;
import cn.gov.opendata.appeals.lawsuit.service.LawsuitService;
import cn.gov.opendata.appeals.lawsuit.service.LawsuitStore;
import cn.gov.opendata.appeals.common.rest.CaseResource;
import cn.gov.opendata.appeals.outcome.YearEndResult;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import java.util.List;

@Path("/api/v1/lawsuits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Lawsuits", description = "行政诉讼: administrative lawsuits over disclosure acts, direct or after reconsideration, keyed by defendant agency and case number")
public class LawsuitResource extends CaseResource<LawsuitBody> {

    private final LawsuitService service;

    public LawsuitResource(LawsuitService service, LawsuitStore store, AgencyAccess access) {
        super(service, store, access, LawsuitResource.class);
        this.service = service;
    }

    @GET
    // a reader follows a report figure's link to the records counted (docs/SECURITY.md): lists only, no personal data
    @RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "List lawsuits, filtered by agency, filing year, route and result (as of 31 Dec of the filing year when filedYear is given)",
            description = "行政诉讼：分页列出因政府信息公开引起的行政诉讼案件，可按机关、立案年度、诉讼途径（直接起诉/复议后起诉）和结果筛选；给出 filedYear 时结果按立案当年 12 月 31 日的状态（尚未审结为 PENDING），恰好选出年度报告第四表各格背后的案件。")
    @APIResponse(responseCode = "200", description = "One page of lawsuits")
    @APIResponse(responseCode = "400", description = "Bad filter or paging parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<LawsuitBody> list(@Parameter(description = "agency code; repeat for several (any of them)") @QueryParam("agency") List<String> agency,
                                  @QueryParam("filedYear") String filedYear,
                                          @Parameter(description = "DIRECT or AFTER_RECONSIDERATION", schema = @Schema(implementation = Route.class)) @QueryParam("route") String route,
                                          @Parameter(description = "UPHELD, CORRECTED, OTHER or PENDING; repeat for several (any of them)", schema = @Schema(implementation = YearEndResult.class)) @QueryParam("result") List<String> result,
                                          @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        return service.list(access.figureListScope(QueryParams.agencies("agency", agency)), QueryParams.year("filedYear", filedYear),
                QueryParams.enumValue("route", route, Route.class), QueryParams.enumValues("result", result, YearEndResult.class), PageRequest.of(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Record a new lawsuit",
            description = "行政诉讼：登记一件新的行政诉讼案件（自然键：机关代码 + 案号）。Dates lie between 1990-01-01 and tomorrow; a result needs its decision date and a decision date its result. An existing key is 409; the answer's Location names the case. A clerk of the agency or an admin.")
    @APIResponse(responseCode = "201", description = "Created; Location names the case")
    @APIResponse(responseCode = "400", description = "Invalid case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A case with this agency and case number exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid LawsuitBody body, UriInfo uri) {
        return createCase(body, uri);
    }

    @POST
    @Path("/import")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Consumes("application/x-ndjson")
    @Operation(summary = "Import lawsuits as NDJSON: all lines or none, upserted by natural key",
            description = "行政诉讼：以 NDJSON 批量导入行政诉讼案件，每行一件（LawsuitBody），按自然键新建或更新。The whole batch is validated first: if any line is bad, nothing is written and the answer lists every bad line as 'line n: field'. Re-sending the batch changes nothing.")
    @APIResponse(responseCode = "200", description = "Counts of created, updated and unchanged cases")
    @APIResponse(responseCode = "400", description = "Some lines are invalid (each listed as 'line n: field'); nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(description = "NDJSON: one case per line, in the shape of LawsuitBody; blank lines are skipped", content =
        @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = LawsuitBody.class),
                example = "[{\"agency\":\"zk-fugou\",\"caseNumber\":\"(2018)豫1621行初12号\",\"filedOn\":\"2018-04-02\",\"route\":\"DIRECT\",\"court\":\"扶沟县人民法院\",\"result\":\"UPHELD\",\"decidedOn\":\"2018-09-10\"},"
                    + "{\"agency\":\"zk-fugou\",\"caseNumber\":\"(2018)豫1621行初30号\",\"filedOn\":\"2018-11-20\",\"route\":\"AFTER_RECONSIDERATION\"}]"))
    public ImportSummary importLines(InputStream body) {
        return importCases(body);
    }

    @GET
    @Path("/{agency}/{caseNumber}")
    @Operation(summary = "Get one lawsuit",
            description = "行政诉讼：按机关代码和案号查看一件行政诉讼案件。404 names the case when it is not on record.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LawsuitBody get(@PathParam("agency") String agency, @PathParam("caseNumber") String caseNumber) {
        return getCase(agency, caseNumber);
    }

    @PUT
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Path("/{agency}/{caseNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a lawsuit by its natural key (replace needs the current version)",
            description = "行政诉讼：按自然键新建或整体替换一件行政诉讼案件；替换时须带上读到的 version（不符为 409）。Body agency and number, when given, must match the path.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LawsuitBody.class)))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("agency") @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
                        @PathParam("caseNumber") @Size(max = 100) @Pattern(regexp = Codes.CASE_NUMBER, message = Codes.CASE_NUMBER_MESSAGE) String caseNumber,
                        @NotNull @Valid LawsuitBody body, UriInfo uri) {
        return putCase(agency, caseNumber, body, uri);
    }

    @DELETE
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Path("/{agency}/{caseNumber}")
    @Operation(summary = "Delete a lawsuit",
            description = "行政诉讼：删除一件行政诉讼案件；其数字立即从统计中去掉。A clerk of the agency or an admin.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("agency") String agency, @PathParam("caseNumber") String caseNumber) {
        deleteCase(agency, caseNumber);
    }
}
