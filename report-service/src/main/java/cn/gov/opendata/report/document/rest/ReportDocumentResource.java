package cn.gov.opendata.report.document.rest;

import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.document.ReportDocuments;
import cn.gov.opendata.report.model.ReportRequest;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
import cn.gov.opendata.report.model.Report;

/** The annual report as a document (HTML, DOCX, XLSX, Markdown, JSON), chosen by the file suffix. */
@Path("/api/v1/reports/{agency}/{year: \\d{4}}.{ext: [A-Za-z0-9]+}")
@Tag(name = "Report documents", description = "The annual report rendered as a printable page, Word, Excel or Markdown file")
@RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class ReportDocumentResource {

    @Inject
    AgencyAccess access;

    @Inject
    ReportDocuments documents;

    @GET
    @Operation(summary = "The report as a document: .html (printable A4 page), .pdf (A4, fonts embedded), .docx, .xlsx (one sheet per table), .md or .json",
            description = "年度报告文档：按文件后缀输出年度报告：.html 可打印的 A4 网页，.pdf PDF（A4，嵌入字体），.docx Word 文档，.xlsx Excel（每表一页），.md Markdown，.json 报告 JSON；响应带 Content-Disposition 文件名。Accepts exactly the parameters of the JSON report; an unknown suffix is 404.")
    @APIResponse(responseCode = "200", description = "The rendered document, with a Content-Disposition file name", content = {
        @Content(mediaType = "text/html"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        @Content(mediaType = "application/pdf"),
        @Content(mediaType = "text/markdown"),
        @Content(mediaType = "application/json", schema = @Schema(implementation = Report.class))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid (format, scope, rounding, decimals, agency code)")
    @APIResponse(responseCode = "404", description = "Unknown file suffix, or the agency is not in the directory")
    @APIResponse(responseCode = "503", description = "A source service (or the report assembly) is unavailable")
    public Response document(
            @PathParam("agency") String agency,
            @PathParam("year") int year,
            @Parameter(description = "html, pdf, docx, xlsx, md or json", schema = @Schema(enumeration = {"json", "html", "pdf", "docx", "xlsx", "md"}, description = "文件后缀 The document: json 报告JSON · html 网页 · pdf PDF文档 · docx Word文档 · xlsx Excel表格 · md Markdown文本")) @PathParam("ext") String ext,
            @Parameter(description = "NATIONAL_2021, NATIONAL_2019 or LEGACY_2008; default: the format in force in the year", schema = @Schema(implementation = ReportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "SUBTREE (default) or SELF", schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope,
            @Parameter(description = "TRUNCATE (default), HALF_UP or LARGEST_REMAINDER", schema = @Schema(implementation = ReportSettings.Rounding.class)) @QueryParam("rounding") String rounding,
            @Parameter(description = "Decimals of percentages, 0-6 (default 2)") @QueryParam("decimals") String decimals) {
        DocumentType type = DocumentType.fromExtension(ext).orElseThrow(() -> ApiException.notFound(
                "No document type '." + ext + "'; use one of " + Arrays.stream(DocumentType.values())
                        .map(t -> "." + t.extension()).collect(Collectors.joining(", "))));
        ReportRequest request = ReportRequest.parse(agency, year, format, scope, rounding, decimals);
        access.requireReport(request.agency());
        return documents.respond(request, type);
    }
}
