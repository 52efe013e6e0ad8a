package cn.gov.opendata.appeals.statistics.rest;

import cn.gov.opendata.appeals.common.rest.QueryParams;
import cn.gov.opendata.appeals.problem.ApiException;
import cn.gov.opendata.appeals.problem.Problem;
import cn.gov.opendata.appeals.statistics.service.StatisticsService;
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

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Yearly raw counts for the report-service (table 四 / legacy section 四)")
public class StatisticsResource {

    private final StatisticsService service;

    public StatisticsResource(StatisticsService service) {
        this.service = service;
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
        return service.figures(parsed, QueryParams.agencies("agency", agencies));
    }
}
