package cn.gov.opendata.application.statistics.rest;

import cn.gov.opendata.application.statistics.service.StatisticsService;
import cn.gov.opendata.application.security.AgencyAccess;
import cn.gov.opendata.application.security.AgencyScope;
import cn.gov.opendata.application.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @GET
    @Path("/{year}")
    @Operation(summary = "Received, carried over, concluded by outcome, carried forward, timeliness and fees per agency for a calendar year")
    @APIResponse(responseCode = "200", description = "Figures of every agency that has any (optionally only the named agencies)")
    @APIResponse(responseCode = "400", description = "Year out of range")
    public StatisticsResponse get(@PathParam("year") @Min(1990) @Max(2100) int year, @QueryParam("agency") List<String> agencies) {
        AgencyScope scope = access.statisticsScope(agencies == null ? List.of() : agencies.stream().distinct().toList());
        if (scope.all()) {
            return statistics.statistics(year, List.of());
        }
        // a supervisor without a subtree sees nothing, not everything (an empty filter means "all agencies")
        return scope.agencies().isEmpty() ? new StatisticsResponse(year, new TreeMap<>())
                : statistics.statistics(year, List.copyOf(scope.agencies()));
    }
}
