package cn.gov.opendata.application.calendar.rest;

import cn.gov.opendata.application.calendar.service.CalendarService;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "Official holidays and make-up working days (调休) that legal deadlines count with")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CalendarResource {

    @Inject
    CalendarService calendars;

    @GET
    @Path("/{year}")
    @Operation(summary = "A year's holidays and make-up working days",
            description = "节假日日历：某年的法定节假日和调休上班日，答复期限按此计算工作日。404 when the year is not on record.")
    @APIResponse(responseCode = "200", description = "The year is on record")
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "404", description = "No calendar data for that year")
    public CalendarYearView get(@PathParam("year") @Min(1990) @Max(2100) int year) {
        return calendars.year(year).map(CalendarResource::view)
                .orElseThrow(() -> ApiException.notFound("No working-day calendar for " + year));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{year}")
    @Operation(summary = "Replace a year's holidays and make-up working days",
            description = "节假日日历：整体替换某年的法定节假日和调休上班日（国务院办公厅每年公布的安排）。Give the version you read (409 when stale); dates must lie in the year and a make-up working day must be a weekend day. Open deadlines are recomputed. An admin.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A date outside the year, a weekday make-up day, a day listed twice")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "428", description = "The year is on record and no version was sent")
    public Response put(@PathParam("year") @Min(1990) @Max(2100) int year, @Valid @NotNull CalendarYearBody body) {
        boolean created = calendars.replace(year, body.holidays(), body.makeUpWorkdays(), body.version(), body.source());
        CalendarYearView view = view(calendars.year(year).orElseThrow());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }

    private static CalendarYearView view(CalendarService.YearDays days) {
        return new CalendarYearView(days.year(), days.holidays(), days.makeUpWorkdays(), days.version(), days.source());
    }
}
