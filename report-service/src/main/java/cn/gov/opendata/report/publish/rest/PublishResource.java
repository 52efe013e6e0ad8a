package cn.gov.opendata.report.publish.rest;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.report.model.ReportRequest;
import cn.gov.opendata.report.publish.service.Publisher;
import cn.gov.opendata.report.publish.service.SnapshotStore;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;

/** Freezes a report as a published revision. */
@Path("/api/v1/reports/{agency}/{year: \\d{4}}/publish")
@Tag(name = "Published reports", description = "Immutable published revisions of annual reports and their documents")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class PublishResource {

    @Inject
    Publisher publisher;

    @Inject
    AgencyAccess access;

    @Inject
    AuditLog audit;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the report: store its JSON and HTML/DOCX/XLSX/Markdown documents as the next revision. "
            + "Idempotent: if the report's content is unchanged since the latest revision, that revision is returned "
            + "with 200 and nothing is stored (force=true stores a new revision anyway, e.g. after a layout change)",
            description = "发布年度报告：把当前计算出的报告（JSON 及 HTML、DOCX、XLSX、Markdown 文档）存为下一个修订版本，此后公众可在 /api/v1/published 下不登录查阅。Nothing is stored when nothing changed since the latest revision (200 with that revision) unless force=true. A source service that cannot answer is 503 and nothing is stored. Needs a supervisor of the agency or an admin.")
    @APIResponse(responseCode = "201", description = "A new revision was stored; Location names it",
            content = @Content(schema = @Schema(implementation = SnapshotView.class)))
    @APIResponse(responseCode = "200", description = "Nothing changed since the latest revision, which is returned",
            content = @Content(schema = @Schema(implementation = SnapshotView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    @APIResponse(responseCode = "404", description = "The agency is not in the directory")
    @APIResponse(responseCode = "503", description = "A source service (or the report assembly) is unavailable; nothing is stored")
    public Response publish(
            @PathParam("agency") String agency,
            @PathParam("year") int year,
            @Parameter(description = "NATIONAL_2021 (default) or LEGACY_2008", schema = @Schema(implementation = ReportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "SUBTREE (default) or SELF", schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope,
            @Parameter(description = "TRUNCATE (default), HALF_UP or LARGEST_REMAINDER", schema = @Schema(implementation = ReportSettings.Rounding.class)) @QueryParam("rounding") String rounding,
            @Parameter(description = "Decimals of percentages, 0-6 (default 2)") @QueryParam("decimals") String decimals,
            @Parameter(description = "Who publishes (recorded with the revision)") @QueryParam("publishedBy") @Size(max = 200) String publishedBy,
            @Parameter(description = "Store a new revision even when nothing changed") @QueryParam("force") @DefaultValue("false") boolean force) {
        ReportRequest request = ReportRequest.parse(agency, year, format, scope, rounding, decimals);
        access.requireReport(request.agency());
        SnapshotStore.Stored stored = publisher.publish(request, publishedBy, force);
        SnapshotView view = SnapshotView.of(stored.snapshot(), stored.documents());
        // after the snapshot's own transaction: publishing assembles from the sources, which must not hold one open
        audit.record(AuditAction.PUBLISH, "report", request.agency(), request.year() + "/" + request.format() + "/"
                + request.scope() + " revision " + view.revision(), stored.created() ? "new revision" : "unchanged, latest revision returned");
        if (!stored.created()) {
            return Response.ok(view).build();
        }
        var location = UriBuilder.fromPath("/api/v1/published/{agency}/{year}/revisions/{revision}")
                .queryParam("format", request.format())
                .queryParam("scope", request.scope())
                .build(request.agency(), request.year(), view.revision());
        return Response.created(location).entity(view).build();
    }
}
