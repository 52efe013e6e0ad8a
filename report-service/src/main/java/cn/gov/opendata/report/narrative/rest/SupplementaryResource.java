package cn.gov.opendata.report.narrative.rest;

import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.report.agency.service.AgencyService;
import cn.gov.opendata.report.format.Supplement;
import cn.gov.opendata.report.narrative.service.NarrativeService;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/supplementary/{agency}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supplementary figures", description = "Figures entered by the office that no source service records")
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class SupplementaryResource {

    @Inject
    AgencyAccess access;


    @Inject
    NarrativeService service;

    @Inject
    AgencyService agencies;

    @PUT
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the set of supplementary figures of an agency for a year",
            description = "年度报告补充数字：整体替换某机关某年报告中由人工填写的数字（如收费金额、会议次数），按填写顺序保存。The whole set is replaced; an empty list clears it. The clerk of the agency or a supervisor above it may write.")
    @APIResponse(responseCode = "201", description = "Created (there was no set before)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FiguresView.class)))
    @APIResponse(responseCode = "400", description = "Invalid figures")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public Response put(@PathParam("agency") String agency, @PathParam("year") int year, @Valid @NotNull FiguresRequest body) {
        access.requireWrite(agency);
        boolean created = service.replaceFigures(agency, Years.check(year), body.figures());
        return Response.status(created ? Status.CREATED : Status.OK).entity(view(agency, year)).build();
    }

    @GET
    @Operation(summary = "The supplementary figures of an agency for a year",
            description = "年度报告补充数字：某机关某年报告中由人工填写的数字，每项带名称、值和单位。An agency without any answers an empty list.")
    @APIResponse(responseCode = "200", description = "The figures, in the order entered")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public FiguresView get(@PathParam("agency") String agency, @PathParam("year") int year) {
        access.requireRead(agency);
        agencies.require(agency);
        return view(agency, Years.check(year));
    }

    private FiguresView view(String agency, int year) {
        return new FiguresView(agency, year, service.figures(agency, year).stream()
                .map(f -> new FiguresView.FigureView(f.key, f.label,
                        new Supplement(f.key, f.label, f.value, f.unit).text(), f.unit))
                .toList());
    }
}
