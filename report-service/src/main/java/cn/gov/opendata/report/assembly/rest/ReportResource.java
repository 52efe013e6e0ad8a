package cn.gov.opendata.report.assembly.rest;

import cn.gov.opendata.report.assembly.FigureContributions;
import cn.gov.opendata.report.assembly.SubmittedTables;
import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.document.ReportDocuments;
import cn.gov.opendata.report.model.ReportProvider;
import cn.gov.opendata.report.model.ReportRequest;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.report.format.Grid;
import cn.gov.opendata.report.format.NationalEdition;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.format.ReportChecks;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Annual reports (政府信息公开工作年度报告) assembled from the three source services")
@RolesAllowed({Roles.READER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class ReportResource {

    @Inject
    ReportProvider reports;

    @Inject
    AgencyAccess access;

    @Inject
    ReportDocuments documents;

    @Inject
    FigureContributions contributions;

    @GET
    @Path("{agency}/{year}")
    @Produces({MediaType.APPLICATION_JSON, "text/html", "text/markdown", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Assemble an agency's annual report for a year (sections, tables, checks, sources); "
            + "JSON by default, or HTML, PDF, Markdown, DOCX, XLSX by the Accept header (as the suffixed URLs)",
            description = "年度报告：计算某机关（默认含其全部下级机关）某年的政府信息公开工作年度报告：各部分、统计表、校验结果和数据来源，由三个来源服务的记录现算。JSON by default; HTML, PDF, Markdown, DOCX or XLSX when the Accept header asks for one (the same documents as the suffixed URLs). A year outside 2000-2100 is 400 before any source is asked; a source that cannot answer is 503 naming it.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "Bad format, scope, rounding, decimals or year")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    @APIResponse(responseCode = "503", description = "A source service is unavailable; the problem names it")
    public Response report(@PathParam("agency") String agency, @PathParam("year") int year,
                           @Parameter(description = "NATIONAL_2021, NATIONAL_2019 or LEGACY_2008; default: the format in force in the year "
                                   + "(LEGACY_2008 up to 2018, NATIONAL_2019 for 2019–2020, NATIONAL_2021 from 2021)", schema = @Schema(implementation = ReportFormat.class)) @QueryParam("format") String format,
                           @Parameter(description = "SUBTREE (default) or SELF", schema = @Schema(implementation = ReportScope.class)) @QueryParam("scope") String scope,
                           @Parameter(description = "TRUNCATE (default), HALF_UP or LARGEST_REMAINDER", schema = @Schema(implementation = ReportSettings.Rounding.class)) @QueryParam("rounding") String rounding,
                           @Parameter(description = "Decimals of percentages, 0-6 (default 2)") @QueryParam("decimals") String decimals,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportRequest request = ReportRequest.parse(agency, year, format, scope, rounding, decimals);
        access.requireReport(request.agency());
        DocumentType type = DocumentType.fromAccept(accept).orElse(DocumentType.JSON);
        if (type != DocumentType.JSON) {
            return documents.respond(request, type);
        }
        Report report = reports.assemble(request.agency(), request.year(), request.format(), request.scope(), request.settings());
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{agency}/{year}/contributions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each agency's own value of one cell of the national tables (TABLE_2/3/4, row and column codes) "
            + "over the agency's subtree, largest first, with its link to the records; where a large scope's cells link",
            description = "年度报告数字溯源：国家格式统计表（TABLE_2/3/4）中某一格在该机关下级范围内各机关的数值，从大到小，并附各机关记录的链接；各值之和等于该格合计。Table, row and column codes are those of the report's tables.")
    @APIResponse(responseCode = "200", description = "The contributions; their values add up to total")
    @APIResponse(responseCode = "400", description = "Missing or unknown table, row or column")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    @APIResponse(responseCode = "503", description = "A source service is unavailable; the problem names it")
    public FigureContributions.Contributions contributions(@PathParam("agency") String agency, @PathParam("year") int year,
                                                           @QueryParam("table") String table,
                                                           @QueryParam("row") String row,
                                                           @QueryParam("column") String column,
                                                           @Parameter(description = "NATIONAL_2021 (default; also for LEGACY_2008 reports) or NATIONAL_2019", schema = @Schema(implementation = ReportFormat.class))
                                                           @QueryParam("format") String format) {
        access.requireReport(agency);
        ReportFormat tablesFormat = ReportRequest.enumParameter(ReportFormat.class, "format", format, ReportFormat.NATIONAL_2021);
        for (String[] param : new String[][] {{"table", table}, {"row", row}, {"column", column}}) {
            if (param[1] == null || param[1].isBlank()) {
                throw ApiException.badRequest(param[0], "required: a " + param[0] + " code of the national tables");
            }
        }
        return contributions.of(agency, Years.check(year), tablesFormat, table, row, column);
    }

    @POST
    @Path("validate")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a submitted national-format report's tables against the identities of the format",
            description = "年度报告校验：按全国统一格式的表间和表内勾稽关系检查提交的报告表格，返回每条未通过的校验；valid 为 false 表示存在 ERROR。Values are numbers, or \"/\" where a cell does not apply. Any signed-in user may check.")
    @APIResponse(responseCode = "200", description = "The checks; valid is false when any is an ERROR")
    @APIResponse(responseCode = "400", description = "Malformed body or a value that is not a number")
    public ValidationResult validate(@Valid @NotNull ValidationRequest body) {
        SubmittedTables submitted = SubmittedTables.read(Years.check(body.year()), body.format(), body.tables());
        return new ValidationResult(body.year(), submitted.format(), submitted.valid(), submitted.checks());
    }

}
