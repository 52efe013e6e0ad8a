package cn.gov.opendata.disclosure.tally.rest;

import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.disclosure.tally.Tally;
import cn.gov.opendata.disclosure.tally.TallyKind;
import cn.gov.opendata.disclosure.tally.service.TallyService;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/tallies/{agency}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Yearly tallies", description = "Figures entered per agency and year: 行政许可/行政处罚/行政强制 decisions and 行政事业性收费 (万元)")
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class TallyResource {

    @Inject
    TallyService tallies;

    @Inject
    AgencyAccess access;

    @GET
    @Operation(summary = "Read all tallies of an agency-year",
            description = "年度统计项：某机关某年录入的全部年度统计数（行政许可、行政处罚、行政强制决定数，行政事业性收费金额），及标为“不适用”的项。An agency-year without entries answers empty values.")
    @APIResponse(responseCode = "200", description = "Values by kind and the kinds that do not apply",
            content = @Content(schema = @Schema(implementation = TallySheetView.class)))
    @APIResponse(responseCode = "404", description = "Nothing recorded for this agency-year", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TallySheetView sheet(@PathParam("agency") @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
                                @PathParam("year") @Min(value = Years.FIRST, message = Years.MESSAGE) @Max(value = Years.LAST, message = Years.MESSAGE) int year) {
        access.requireRead(agency);
        List<Tally> recorded = tallies.sheet(agency, year);
        if (recorded.isEmpty()) {
            throw ApiException.notFound("No tallies recorded for " + agency + " in " + year);
        }
        return TallySheetView.of(agency, year, recorded);
    }

    @PUT
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace all tallies of an agency-year", description = "values is required ({} for none); kinds absent from both values and notApplicable are removed, so {\"values\":{}} clears the year; idempotent")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = TallySheetView.class)))
    @APIResponse(responseCode = "201", description = "Created (nothing was recorded before)", content = @Content(schema = @Schema(implementation = TallySheetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid values", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response putSheet(@PathParam("agency") @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
                             @PathParam("year") @Min(value = Years.FIRST, message = Years.MESSAGE) @Max(value = Years.LAST, message = Years.MESSAGE) int year,
                             @NotNull TallySheetBody body) {
        access.requireWrite(agency);
        boolean created = tallies.putSheet(agency, year, body);
        TallySheetView view = TallySheetView.of(agency, year, tallies.sheet(agency, year));
        return created ? Response.created(URI.create("/api/v1/tallies/" + agency + "/" + year)).entity(view).build()
                : Response.ok(view).build();
    }

    @PUT
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set one tally", description = "Body {\"value\":\"12.50\"} or {\"notApplicable\":true}, exactly one")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = TallyView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TallyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid value or kind", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response put(@PathParam("agency") @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
                        @PathParam("year") @Min(value = Years.FIRST, message = Years.MESSAGE) @Max(value = Years.LAST, message = Years.MESSAGE) int year,
                        @Parameter(schema = @Schema(implementation = TallyKind.class)) @PathParam("kind") String kind,
                        @NotNull TallyValueBody body) {
        access.requireWrite(agency);
        TallyService.Written written = tallies.put(agency, year, kindOf(kind), body);
        TallyView view = TallyView.of(written.tally());
        return written.created()
                ? Response.created(URI.create("/api/v1/tallies/" + agency + "/" + year + "/" + written.tally().kind)).entity(view).build()
                : Response.ok(view).build();
    }

    @DELETE
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Path("{kind}")
    @Operation(summary = "Remove one tally",
            description = "年度统计项：删除某机关某年的一个统计项（既无数值也不标为不适用）。A clerk of the agency or an admin.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Not recorded", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void delete(@PathParam("agency") String agency, @PathParam("year") int year, @Parameter(schema = @Schema(implementation = TallyKind.class)) @PathParam("kind") String kind) {
        access.requireWrite(agency);
        tallies.delete(agency, year, kindOf(kind));
    }

    private static TallyKind kindOf(String kind) {
        try {
            return TallyKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("kind", "must be one of " + Arrays.toString(TallyKind.values()));
        }
    }
}
