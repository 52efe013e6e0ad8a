package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.appeals.common.rest.QueryParams;
import cn.gov.opendata.appeals.problem.ApiException;
import cn.gov.opendata.appeals.problem.Problem;
import cn.gov.opendata.appeals.security.AgencyAccess;
import cn.gov.opendata.appeals.security.AgencyScope;
import cn.gov.opendata.appeals.security.Roles;
import cn.gov.opendata.appeals.statistics.service.StatisticsService;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.List;
import java.util.Map;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READER, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
@Tag(name = "Statistics", description = "Yearly raw counts for the report-service (table 四 / legacy section 四)")
public class StatisticsResource {

    private final StatisticsService service;
    private final AgencyAccess access;

    public StatisticsResource(StatisticsService service, AgencyAccess access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Cases filed and complaints received in the year, by agency; case results as of 31 Dec of the year")
    @APIResponse(responseCode = "200", description = "Figures for every agency with any record in the year (or the agencies asked for)")
    @APIResponse(responseCode = "400", description = "Bad year or agency code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AppealsStatistics figures(@PathParam("year") String year,
                                     @Parameter(description = "Narrow to these agencies (repeatable)") @QueryParam("agency") List<String> agencies) {
        Integer parsed = QueryParams.year("year", year);
        if (parsed == null) {
            throw ApiException.badRequest("year", "is required");
        }
        AgencyScope scope = access.statisticsScope(QueryParams.agencies("agency", agencies));
        if (scope.all()) {
            return service.figures(parsed, List.of());
        }
        // a supervisor without a subtree sees nothing, not everything (an empty filter means "all agencies")
        return scope.agencies().isEmpty() ? new AppealsStatistics(parsed, Map.of())
                : service.figures(parsed, List.copyOf(scope.agencies()));
    }
}
