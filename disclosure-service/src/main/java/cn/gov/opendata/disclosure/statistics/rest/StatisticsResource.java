package cn.gov.opendata.disclosure.statistics.rest;

import cn.gov.opendata.platform.params.QueryParams;

import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.disclosure.statistics.service.DisclosureStatisticsWriter;
import cn.gov.opendata.platform.statistics.StatisticsCache;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The yearly figures the report-service reads (the statistics contract)")
@RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
public class StatisticsResource {

    @Inject
    DisclosureStatisticsWriter statistics;

    @Inject
    AgencyAccess access;

    @Inject
    StatisticsCache cache;

    @GET
    @Path("{year}")
    @Operation(summary = "Proactive-disclosure figures of a year, by agency",
            description = "Every agency with any figure for the year: items, channels, categories, normative acts, tallies")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = DisclosureStatistics.class)))
    @APIResponse(responseCode = "400", description = "Invalid year or agency code", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "304", description = "Not modified since the answer whose ETag was sent in If-None-Match")
    public Response forYear(@PathParam("year") String year,
                            @Parameter(description = "narrow to these agencies (repeatable)") @QueryParam("agency") List<String> agency,
                            @Context Request request) {
        int parsed = QueryParams.requiredYear("year", year);
        List<String> filter = access.statisticsScope(QueryParams.agencies("agency", agency)).asFilter();
        return StatisticsCache.respond(request, cache.answer(parsed, filter, out -> statistics.read(parsed, filter).writeTo(out)));
    }
}
