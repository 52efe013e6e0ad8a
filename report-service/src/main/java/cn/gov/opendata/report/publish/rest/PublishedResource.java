package cn.gov.opendata.report.publish.rest;

import cn.gov.opendata.report.assembly.FigureContributions;
import cn.gov.opendata.report.document.DocumentNames;
import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.platform.params.QueryParams;
import cn.gov.opendata.report.model.ReportRequest;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.report.publish.Digests;
import cn.gov.opendata.report.publish.service.SnapshotKey;
import cn.gov.opendata.report.publish.service.SnapshotStore;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.opendata.report.model.Report;

/**
 * Reads published revisions. Nothing here recomputes a report: every answer comes from what was stored when it was
 * published. These reads are meant to be public.
 */
@Path("/api/v1/published")
@Tag(name = "Published reports", description = "Immutable published revisions of annual reports and their documents")
@PermitAll
public class PublishedResource {

    @Inject
    SnapshotStore store;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List published revisions (without their content), by agency, then year (newest first), format, scope, revision (newest first)",
            description = "已发布的年度报告：分页列出已发布的修订版本（不含内容），可按机关、年度、格式、范围筛选。Public: no token needed.")
    @APIResponse(responseCode = "200", description = "A page of revisions")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is invalid")
    public SnapshotPage list(
            @QueryParam("agency") String agency,
            @Parameter(description = "Report year") @QueryParam("year") String year,
            @Parameter(description = "NATIONAL_2021 or LEGACY_2008", schema = @Schema(implementation = ReportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "SUBTREE or SELF", schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        QueryParams.agency("agency", agency);
        ReportFormat wantedFormat = QueryParams.enumValue("format", format, ReportFormat.class);
        ReportScope wantedScope = QueryParams.enumValue("scope", scope, ReportScope.class);
        Integer wantedYear = QueryParams.year("year", year);
        SnapshotStore.Listing listing = store.list(agency, wantedYear, wantedFormat, wantedScope, page, size);
        return new SnapshotPage(listing.items().stream()
                .map(r -> SnapshotView.of(r, listing.documents().getOrDefault(r.id, List.of())))
                .toList(), page, size, listing.total());
    }

    @GET
    @Path("/{agency}/{year: \\d{4}}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest published revision of a report (format NATIONAL_2021 and scope SUBTREE unless given), with its report JSON",
            description = "已发布的年度报告：某机关某年最新发布的修订版本及其报告 JSON（默认全国统一格式、本机关及下级范围）。Public: no token needed; 404 until something is published.")
    @APIResponse(responseCode = "200", description = "The revision and its report")
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    @APIResponse(responseCode = "404", description = "Nothing has been published for this agency, year, format and scope")
    public PublishedReportView latest(
            @PathParam("agency") String agency,
            @PathParam("year") int year,
            @Parameter(schema = @Schema(implementation = ReportFormat.class)) @QueryParam("format") String format,
            @Parameter(schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope) {
        SnapshotKey key = key(agency, year, format, scope);
        return store.find(key, null)
                .map(found -> new PublishedReportView(SnapshotView.of(found.snapshot(), found.documents()),
                        new String(found.json(), StandardCharsets.UTF_8)))
                .orElseThrow(() -> ApiException.notFound("Nothing published for " + describe(key)));
    }

    @GET
    @Path("/{agency}/{year: \\d{4}}/revisions/{revision: \\d+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published revision, with its report JSON",
            description = "已发布的年度报告：某一修订版本及其报告 JSON，修订号从 1 起。Public: no token needed.")
    @APIResponse(responseCode = "200", description = "The revision and its report")
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    @APIResponse(responseCode = "404", description = "No such revision")
    public PublishedReportView revision(
            @PathParam("agency") String agency,
            @PathParam("year") int year,
            @PathParam("revision") int revision,
            @Parameter(schema = @Schema(implementation = ReportFormat.class)) @QueryParam("format") String format,
            @Parameter(schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope) {
        SnapshotKey key = key(agency, year, format, scope);
        return store.find(key, revision)
                .map(found -> new PublishedReportView(SnapshotView.of(found.snapshot(), found.documents()),
                        new String(found.json(), StandardCharsets.UTF_8)))
                .orElseThrow(() -> ApiException.notFound("No revision " + revision + " of " + describe(key)));
    }

    @GET
    @Path("/{agency}/{year: \\d{4}}/revisions/{revision: \\d+}.{ext: [A-Za-z0-9]+}")
    @Operation(summary = "A document of a published revision (.json, .html, .pdf, .docx, .xlsx, .md), byte for byte as stored; "
            + "ETag and Repr-Digest carry its SHA-256",
            description = "已发布的年度报告文档：某一修订版本存档的文档原样字节（.json、.html、.pdf、.docx、.xlsx、.md），ETag 与 Repr-Digest 为其 SHA-256。Public: no token needed; an unknown suffix is 404.")
    @APIResponse(responseCode = "200", description = "The stored bytes", content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = Report.class)),
        @Content(mediaType = "text/html"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        @Content(mediaType = "application/pdf"),
        @Content(mediaType = "text/markdown")})
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    @APIResponse(responseCode = "404", description = "No such revision, or unknown file suffix")
    public Response document(
            @PathParam("agency") String agency,
            @PathParam("year") int year,
            @PathParam("revision") int revision,
            @Parameter(schema = @Schema(enumeration = {"json", "html", "docx", "xlsx", "md"}, description = "文件后缀 The document: json 报告JSON · html 网页 · docx Word文档 · xlsx Excel表格 · md Markdown文本")) @PathParam("ext") String ext,
            @Parameter(schema = @Schema(implementation = ReportFormat.class)) @QueryParam("format") String format,
            @Parameter(schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope) {
        DocumentType type = DocumentType.fromExtension(ext).orElseThrow(() -> ApiException.notFound(
                "No document type '." + ext + "'; use one of " + Arrays.stream(DocumentType.values())
                        .map(t -> "." + t.extension()).collect(Collectors.joining(", "))));
        SnapshotKey key = key(agency, year, format, scope);
        SnapshotStore.StoredBytes stored = store.bytes(key, revision, type)
                .orElseThrow(() -> ApiException.notFound("No revision " + revision + " of " + describe(key)));
        String fileName = DocumentNames.fileName(key.agency(), key.year(), key.format(), key.scope(), revision, type);
        return Response.ok(stored.content(), type.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, DocumentNames.contentDisposition(fileName,
                        DocumentNames.officialName(stored.title(), revision, type), type))
                .header(HttpHeaders.ETAG, "\"" + stored.sha256() + "\"")
                .header("Repr-Digest", Digests.reprDigest(stored.sha256()))
                // A published revision never changes, so caches may keep it for good.
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .build();
    }

    @GET
    @Path("/{agency}/{year: \\d{4}}/revisions/{revision: \\d+}/contributions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each agency's contribution to one figure of a published revision, as it was at publication; "
            + "where the published report's figures of a large scope link",
            description = "已发布年度报告的数字溯源：某一修订版本中某一格在发布时各机关的数值（发布时冻结，不随此后的记录变化），各值之和等于该格。Public: no token needed.")
    @APIResponse(responseCode = "200", description = "The contributions as published; their values add up to total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FigureContributions.Contributions.class)))
    @APIResponse(responseCode = "400", description = "Missing table, row or column, or another parameter is invalid")
    @APIResponse(responseCode = "404", description = "No such revision, or no such linked figure in it")
    public Response contributions(
            @PathParam("agency") String agency,
            @PathParam("year") int year,
            @PathParam("revision") int revision,
            @Parameter(schema = @Schema(implementation = ReportFormat.class)) @QueryParam("format") String format,
            @Parameter(schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope,
            @Parameter(description = "Table code of the figure (TABLE_2, TABLE_3, TABLE_4, or the legacy format's figures)") @QueryParam("table") String table,
            @Parameter(description = "Row code of the figure") @QueryParam("row") String row,
            @Parameter(description = "Column code of the figure") @QueryParam("column") String column) {
        for (String[] param : new String[][] {{"table", table}, {"row", row}, {"column", column}}) {
            if (param[1] == null || param[1].isBlank()) {
                throw ApiException.badRequest(param[0], "required: the " + param[0] + " code of a figure of the published report");
            }
        }
        SnapshotKey key = key(agency, year, format, scope);
        byte[] json = store.contributions(key, revision, table, row, column)
                .orElseThrow(() -> ApiException.notFound("No linked figure " + table + " / " + row + " / " + column
                        + " in revision " + revision + " of " + describe(key)));
        // frozen with the revision, so caches may keep it for good
        return Response.ok(json, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .build();
    }

    private static SnapshotKey key(String agency, int year, String format, String scope) {
        ReportRequest request = ReportRequest.parse(agency, year, format, scope, null, null);
        return new SnapshotKey(request.agency(), request.year(), request.format(), request.scope());
    }

    private static String describe(SnapshotKey key) {
        return key.agency() + " " + key.year() + " (" + key.format() + ", " + key.scope() + ")";
    }
}
