package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import cn.gov.opendata.platform.statistics.StatisticsCache;
import cn.gov.opendata.appeals.statistics.service.StatisticsService;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
@Tag(name = "Statistics", description = "Yearly raw counts for the report-service (table 四 / legacy section 四)")
public class StatisticsResource {

    private final StatisticsService service;
    private final AgencyAccess access;
    private final StatisticsCache cache;
    private final ObjectMapper json;

    public StatisticsResource(StatisticsService service, AgencyAccess access, StatisticsCache cache, ObjectMapper json) {
        this.service = service;
        this.access = access;
        this.cache = cache;
        this.json = json;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Cases filed and complaints received in the year, by agency; case results as of 31 Dec of the year",
            description = "统计接口（供 report-service 读取）：某年每个机关受理的行政复议、行政诉讼（按途径）和收到的举报投诉件数；案件结果按当年 12 月 31 日的状态（维持、纠正、其他、尚未审结）。Raw counts by code, no labels; ETag and If-None-Match (304 when unchanged). The golden contract file appeals-statistics-*.json shows the shape.")
    @APIResponse(responseCode = "200", description = "Figures for every agency with any record in the year (or the agencies asked for)",
            content = @Content(schema = @Schema(implementation = AppealsStatistics.class)))
    @APIResponse(responseCode = "400", description = "Bad year or agency code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the answer whose ETag was sent in If-None-Match")
    public Response figures(@PathParam("year") String year,
                            @Parameter(description = "Narrow to these agencies (repeatable)") @QueryParam("agency") List<String> agencies,
                            @Context Request request) {
        int parsed = QueryParams.requiredYear("year", year);
        List<String> filter = access.statisticsScope(QueryParams.agencies("agency", agencies)).asFilter();
        return StatisticsCache.respond(request, cache.answer(parsed, filter, out -> json.writeValue(out, service.figures(parsed, filter))));
    }
}
