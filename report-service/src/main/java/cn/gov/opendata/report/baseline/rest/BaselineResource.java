package cn.gov.opendata.report.baseline.rest;

import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import cn.gov.opendata.report.baseline.Baseline;
import cn.gov.opendata.report.baseline.service.BaselineService;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.ReportRequest;
import cn.gov.opendata.report.model.ReportScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/baselines/{agency}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Baselines", description = "Published figures of a year before an agency's records, for last year's values and checks")
public class BaselineResource {

    @Inject
    BaselineService service;

    @Inject
    AgencyAccess access;

    @PUT
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a year's published report tables of an agency (SELF or SUBTREE) as that year's baseline",
            description = "Checked as POST /api/v1/reports/validate checks them; used by the next year's report only where "
                    + "that year has no records, and the report says so")
    @APIResponse(responseCode = "201", description = "Entered", content = @Content(schema = @Schema(implementation = BaselineView.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = BaselineView.class)))
    @APIResponse(responseCode = "400", description = "Not numbers, unknown format, or figures that fail the format's checks")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public Response put(@PathParam("agency") String agency, @PathParam("year") int year,
                        @Parameter(description = "SUBTREE (default) or SELF", schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope,
                        @Valid @NotNull BaselineRequest body) {
        access.requireReport(agency);
        BaselineService.Saved saved = service.put(agency, Years.check(year), scope(scope), body.format(), body.tables());
        List<Check> warnings = saved.submitted().checks();
        return Response.status(saved.created() ? Status.CREATED : Status.OK).entity(view(saved.baseline(), warnings)).build();
    }

    /** Published figures are public-report data: whoever may read the agency's report may read them (docs/SECURITY.md). */
    @GET
    @RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The baseline of an agency's year",
            description = "往年公布数据：某机关某年作为基线录入的已公布报告表格（无记录年份的上年数据和趋势的来源），及录入人和时间。"
                    + " Readable by whoever may read the agency's report (readers, admins, its supervisors, its clerk); "
                    + "entering and removing stay with supervisors and admins.")
    @APIResponse(responseCode = "200", description = "The baseline")
    @APIResponse(responseCode = "403", description = "The caller may not read the agency's report")
    @APIResponse(responseCode = "404", description = "None entered")
    public BaselineView get(@PathParam("agency") String agency, @PathParam("year") int year,
                            @Parameter(description = "SUBTREE (default) or SELF", schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope) {
        access.requireReport(agency);
        ReportScope parsed = scope(scope);
        Baseline baseline = service.find(agency, Years.check(year), parsed)
                .orElseThrow(() -> ApiException.notFound("No baseline of " + agency + " for " + year + " (" + parsed + ")"));
        return view(baseline, List.of());
    }

    @DELETE
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Remove the baseline of an agency's year",
            description = "往年公布数据：删除某机关某年的基线；此后该年的上年数据只来自记录（无记录则为无上年数据）。")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "None entered")
    public void delete(@PathParam("agency") String agency, @PathParam("year") int year,
                            @Parameter(description = "SUBTREE (default) or SELF", schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope) {
        access.requireReport(agency);
        service.delete(agency, Years.check(year), scope(scope));
    }

    private BaselineView view(Baseline b, List<Check> checks) {
        Map<String, Map<String, Map<String, BigDecimal>>> tables = new LinkedHashMap<>();
        service.grids(b).forEach((table, grid) -> tables.put(table, grid.rows()));
        return new BaselineView(b.agencyCode, b.year, b.scope, b.format, tables, b.enteredBy, b.enteredAt, checks);
    }

    private static ReportScope scope(String scope) {
        return ReportRequest.enumParameter(ReportScope.class, "scope", scope, ReportScope.SUBTREE);
    }
}
