package cn.gov.opendata.application.statistics.rest;

import cn.gov.opendata.application.security.AgencyAccess;
import cn.gov.opendata.application.security.AgencyScope;
import cn.gov.opendata.application.security.Roles;
import cn.gov.opendata.application.statistics.service.EveryAgencyAnswers;
import cn.gov.opendata.application.statistics.service.StatisticsCache;
import cn.gov.opendata.application.statistics.service.StatisticsService;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.TreeMap;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Yearly figures per agency for the report-service (收到和处理政府信息公开申请情况)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READER, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
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
    ObjectMapper json;

    @GET
    @Path("/{year}")
    @Operation(summary = "Received, carried over, concluded by outcome, carried forward, timeliness and fees per agency for a calendar year")
    @APIResponse(responseCode = "200", description = "Figures of every agency that has any (optionally only the named agencies)",
            content = @Content(schema = @Schema(implementation = StatisticsResponse.class)))
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "304", description = "Not modified since the answer whose ETag was sent in If-None-Match")
    public Response get(@PathParam("year") @Min(1990) @Max(2100) int year, @QueryParam("agency") List<String> agencies,
                        @Context Request request) {
        AgencyScope scope = access.statisticsScope(agencies == null ? List.of() : agencies.stream().distinct().toList());
        // a supervisor without a subtree sees nothing, not everything (an empty filter means "all agencies")
        if (!scope.all() && scope.agencies().isEmpty()) {
            return Response.ok(new StatisticsResponse(year, new TreeMap<>())).build();
        }
        List<String> filter = scope.all() ? List.of() : scope.agencies().stream().sorted().toList();
        StatisticsCache.Answer answer = filter.isEmpty() ? everyAgency.answer(year)
                : cache.answer(year, filter, out -> json.writeValue(out, statistics.statistics(year, filter)));
        EntityTag tag = new EntityTag(answer.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE)).tag(tag).build();
    }
}
