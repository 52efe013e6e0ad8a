package cn.gov.opendata.application.statistics.rest;

import cn.gov.opendata.platform.params.QueryParams;

import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import cn.gov.opendata.application.statistics.service.EveryAgencyAnswers;
import cn.gov.opendata.application.statistics.service.StatisticsChanges;
import cn.gov.opendata.platform.statistics.StatisticsCache;
import cn.gov.opendata.application.statistics.service.StatisticsService;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Yearly figures per agency for the report-service (收到和处理政府信息公开申请情况)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @Inject
    AgencyAccess access;

    @Inject
    StatisticsCache cache;

    @Inject
    EveryAgencyAnswers everyAgency;

    @Inject
    StatisticsChanges changes;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/{year}")
    @Operation(summary = "Received, carried over, concluded by outcome, carried forward, timeliness and fees per agency for a calendar year",
            description = "统计接口（供 report-service 读取）：某日历年每个机关的依申请公开数字：本年新收（按申请人类型）、上年结转、本年办结（按办理结果）、结转下年、答复时效和收费。Raw counts by code, no labels; ETag and If-None-Match (304 when unchanged). The golden contract file application-statistics-*.json shows the shape.")
    @APIResponse(responseCode = "200", description = "Figures of every agency that has any (optionally only the named agencies)",
            content = @Content(schema = @Schema(implementation = StatisticsResponse.class)))
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "304", description = "Not modified since the answer whose ETag was sent in If-None-Match")
    public Response get(@PathParam("year") String year,
                        @Parameter(description = "Narrow to these agencies (repeatable)") @QueryParam("agency") List<String> agencies,
                        @Context Request request) {
        int parsed = QueryParams.requiredYear("year", year);
        List<String> filter = access.statisticsScope(QueryParams.agencies("agency", agencies)).asFilter();
        if (!filter.isEmpty()) {
            // the cache reads the generation, which moves only once a reader folds the writers' changes into it (V10)
            changes.fold();
        }
        StatisticsCache.Answer answer = filter.isEmpty() ? everyAgency.answer(parsed)
                : cache.answer(parsed, filter, out -> json.writeValue(out, statistics.statistics(parsed, filter)));
        return StatisticsCache.respond(request, answer);
    }
}
