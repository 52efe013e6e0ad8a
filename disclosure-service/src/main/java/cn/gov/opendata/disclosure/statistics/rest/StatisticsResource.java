package cn.gov.opendata.disclosure.statistics.rest;

import cn.gov.opendata.disclosure.item.service.ItemRules;
import cn.gov.opendata.disclosure.problem.Problem;
import cn.gov.opendata.disclosure.statistics.service.DisclosureStatisticsWriter;
import cn.gov.opendata.disclosure.statistics.service.StatisticsCache;
import cn.gov.opendata.disclosure.security.AgencyAccess;
import cn.gov.opendata.disclosure.security.AgencyScope;
import cn.gov.opendata.disclosure.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The yearly figures the report-service reads (the statistics contract)")
@RolesAllowed({Roles.READER, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
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
    public Response forYear(@PathParam("year") @Min(ItemRules.FIRST_YEAR) @Max(ItemRules.LAST_YEAR) int year,
                            @Parameter(description = "narrow to these agencies (repeatable)")
                            @QueryParam("agency") List<@Pattern(regexp = ItemRules.AGENCY_PATTERN, message = "must be a lower-case agency code") String> agency,
                            @Context Request request) {
        AgencyScope scope = access.statisticsScope(agency == null ? List.of() : agency.stream().distinct().toList());
        // a supervisor without a subtree sees nothing, not everything (an empty filter means "all agencies")
        List<String> agencies = scope.all() ? List.of() : scope.agencies().isEmpty() ? List.of("")
                : scope.agencies().stream().sorted().toList();
        StatisticsCache.Answer answer = cache.answer(year, agencies, out -> statistics.read(year, agencies).writeTo(out));
        EntityTag tag = new EntityTag(answer.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE)).tag(tag).build();
    }
}
