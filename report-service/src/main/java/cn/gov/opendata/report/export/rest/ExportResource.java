package cn.gov.opendata.report.export.rest;

import cn.gov.opendata.report.export.CsvExport;
import cn.gov.opendata.report.export.ProvincialExport;
import cn.gov.opendata.report.export.service.ExportService;
import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.AgencyScope;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/exports")
@Tag(name = "Provincial export", description = "Every agency's figures for a year in one stable document (docs/EXPORT.md)")
@RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class ExportResource {

    static final String CSV = "text/csv";

    @Inject
    ExportService service;

    @Inject
    AgencyAccess access;

    @GET
    @Path("{year: [0-9]+}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Every agency's own figures for a year: JSON, or CSV when the client accepts only text/csv",
            description = "省级平台导出：某年每个机关本身（不含下级）的全部年度报告数字，供省级政府信息公开平台汇总。JSON by default; CSV when the client accepts only text/csv (the same as the .csv URL). A supervisor gets its subtree's agencies only; agencies with records but not in the directory are listed apart. A source service that cannot answer is 503 naming it.")
    @APIResponse(responseCode = "200", description = "The export", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvincialExport.class)),
        @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "503", description = "A source service is unavailable; the problem names it")
    public Response export(@PathParam("year") int year, @Context HttpHeaders headers) {
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .filter(t -> !t.isWildcardType())
                .findFirst()
                .map(t -> t.isCompatible(MediaType.valueOf(CSV)))
                .orElse(false);
        if (csv) {
            return csv(year);
        }
        return Response.ok(export(year), MediaType.APPLICATION_JSON).build();
    }

    /** Every agency's figures for a reader or an admin; a supervisor's subtree only. */
    private ProvincialExport export(int year) {
        AgencyScope scope = access.exportScope();
        ProvincialExport all = service.export(Years.check(year));
        if (scope.all()) {
            return all;
        }
        return new ProvincialExport(all.year(), all.generatedAt(),
                all.agencies().stream().filter(a -> scope.covers(a.code())).toList(),
                all.unknownAgencies().stream().filter(scope::covers).toList());
    }

    @GET
    @Path("{year: [0-9]+}.csv")
    @Produces(CSV)
    @Operation(summary = "Every agency's own figures for a year, as CSV",
            description = "省级平台导出（CSV）：某年每个机关本身的全部年度报告数字，每个机关一行，UTF-8 with a header row. Same figures and the same access rule as the JSON export.")
    @APIResponse(responseCode = "200", description = "One row per agency")
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "503", description = "A source service is unavailable; the problem names it")
    public Response csv(@PathParam("year") int year) {
        String body = CsvExport.write(export(year));
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"opendata-export-" + year + ".csv\"")
                .build();
    }
}
