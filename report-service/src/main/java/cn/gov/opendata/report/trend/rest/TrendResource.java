package cn.gov.opendata.report.trend.rest;

import cn.gov.opendata.platform.params.DatePolicy;
import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import cn.gov.opendata.report.model.ReportRequest;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.trend.Trend;
import cn.gov.opendata.report.trend.service.TrendService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/trends/{agency}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trends", description = "An agency's headline figures year by year, from records or published baselines")
@RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class TrendResource {

    /** Twenty years are more than a chart shows; the bound keeps one call from asking the sources for a century. */
    static final int MAX_YEARS = 20;
    static final int DEFAULT_YEARS = 10;

    @Inject
    TrendService service;

    @Inject
    AgencyAccess access;

    @GET
    @Operation(summary = "An agency's headline figures year by year, each year saying where its figures come from",
            description = "历年趋势：每年的主动公开、收到申请、办结、结转、逾期、行政复议、行政诉讼、举报投诉数字。source = RECORDS "
                    + "(something happened in the scope that year: computed from its records, which always win), BASELINE (no records: the published report "
                    + "entered as the year's baseline, figures it does not print are null), NONE (neither: a gap, figures "
                    + "null). Same access as the agency's report.")
    @APIResponse(responseCode = "200", description = "The trend", content = @Content(schema = @Schema(implementation = Trend.class)))
    @APIResponse(responseCode = "400", description = "A year out of range, from after to, more than 20 years, or an unknown scope")
    @APIResponse(responseCode = "403", description = "The caller may not read the agency's report")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    @APIResponse(responseCode = "503", description = "A source service is unavailable; the problem names it")
    public Trend trend(@PathParam("agency") String agency,
                       @Parameter(description = "SUBTREE (default) or SELF", schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope,
                       @Parameter(description = "First year (default: nine years before `to`)") @QueryParam("from") String from,
                       @Parameter(description = "Last year (default: this year in Asia/Shanghai)") @QueryParam("to") String to) {
        access.requireReport(agency);
        ReportScope parsed = ReportRequest.enumParameter(ReportScope.class, "scope", scope, ReportScope.SUBTREE);
        Integer last = QueryParams.year("to", to);
        int toYear = last != null ? last : DatePolicy.today().getYear();
        Integer first = QueryParams.year("from", from);
        int fromYear = first != null ? first : Math.max(toYear - DEFAULT_YEARS + 1, Years.FIRST);
        if (fromYear > toYear) {
            throw ApiException.badRequest("from", "must not be after to (" + toYear + ")");
        }
        if (toYear - fromYear + 1 > MAX_YEARS) {
            throw ApiException.badRequest("from", "at most " + MAX_YEARS + " years at once");
        }
        return service.trend(agency, parsed, fromYear, toYear);
    }
}
