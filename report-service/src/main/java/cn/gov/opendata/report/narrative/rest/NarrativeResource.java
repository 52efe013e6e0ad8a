package cn.gov.opendata.report.narrative.rest;

import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.report.narrative.NarrativeSection;
import cn.gov.opendata.report.narrative.service.NarrativeService;
import cn.gov.opendata.platform.problem.ApiException;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;

@Path("/api/v1/narratives/{agency}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Narratives", description = "Authored prose of the reports: 一 overview, 五 problems, 六 other matters")
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class NarrativeResource {

    @Inject
    NarrativeService service;

    @Inject
    AgencyAccess access;


    @PUT
    @Path("{section}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the text of one narrative section",
            description = "年度报告文字部分：新建或替换某机关某年报告的一段文字（总体情况、存在的主要问题及改进情况、其他需要报告的事项）。Give the version you read to guard against a concurrent edit (409 when stale). The clerk of the agency or a supervisor above it may write.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NarrativeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, section or year")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    @APIResponse(responseCode = "409", description = "Stale version")
    public Response put(@PathParam("agency") String agency, @PathParam("year") int year,
                        @Parameter(schema = @Schema(implementation = NarrativeSection.class)) @PathParam("section") String section, @Valid @NotNull NarrativeRequest body) {
        access.requireWrite(agency);
        NarrativeService.Saved saved = service.put(agency, Years.check(year), parse(section), body.text(), body.version());
        return Response.status(saved.created() ? Status.CREATED : Status.OK).entity(NarrativeView.of(saved.narrative())).build();
    }

    @GET
    @Operation(summary = "The narrative sections of an agency's report for a year",
            description = "年度报告文字部分：某机关某年报告已写好的各段文字，按段落顺序。Sections not yet written are absent.")
    @APIResponse(responseCode = "200", description = "The sections written so far")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public NarrativeList list(@PathParam("agency") String agency, @PathParam("year") int year) {
        access.requireRead(agency);
        return new NarrativeList(agency, year, service.list(agency, Years.check(year)).stream().map(NarrativeView::of).toList());
    }

    @GET
    @Path("{section}")
    @Operation(summary = "One narrative section",
            description = "年度报告文字部分：某机关某年报告的一段文字及其版本号。404 when the section has not been written.")
    @APIResponse(responseCode = "200", description = "The section")
    @APIResponse(responseCode = "404", description = "Unknown agency or section not written")
    public NarrativeView get(@PathParam("agency") String agency, @PathParam("year") int year, @Parameter(schema = @Schema(implementation = NarrativeSection.class)) @PathParam("section") String section) {
        access.requireRead(agency);
        NarrativeSection wanted = parse(section);
        return service.list(agency, Years.check(year)).stream().filter(n -> n.section == wanted).findFirst()
                .map(NarrativeView::of)
                .orElseThrow(() -> ApiException.notFound("No " + wanted + " narrative for " + agency + " in " + year));
    }

    private static NarrativeSection parse(String section) {
        try {
            return NarrativeSection.valueOf(section);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("section", "must be one of OVERVIEW, PROBLEMS, OTHER");
        }
    }
}
