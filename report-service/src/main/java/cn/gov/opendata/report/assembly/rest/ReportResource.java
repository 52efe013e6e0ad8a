package cn.gov.opendata.report.assembly.rest;

import cn.gov.opendata.report.assembly.FigureContributions;
import cn.gov.opendata.report.assembly.ReportAssembler;
import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.document.rest.ReportDocumentResource;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
import cn.gov.opendata.platform.params.Years;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.report.format.Grid;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Annual reports (政府信息公开工作年度报告) assembled from the three source services")
@RolesAllowed({Roles.READER, Roles.SUPERVISOR, Roles.ADMIN})
public class ReportResource {

    @Inject
    ReportAssembler assembler;

    @Inject
    AgencyAccess access;

    @Inject
    ReportDocumentResource documents;

    @Inject
    FigureContributions contributions;

    @GET
    @Path("{agency}/{year}")
    @Produces({MediaType.APPLICATION_JSON, "text/html", "text/markdown",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Assemble an agency's annual report for a year (sections, tables, checks, sources); "
            + "JSON by default, or HTML, Markdown, DOCX, XLSX by the Accept header (as the suffixed URLs)")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "Bad format, scope, rounding, decimals or year")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    @APIResponse(responseCode = "503", description = "A source service is unavailable; the problem names it")
    public Response report(@PathParam("agency") String agency, @PathParam("year") int year,
                           @QueryParam("format") @DefaultValue("NATIONAL_2021") String format,
                           @QueryParam("scope") @DefaultValue("SUBTREE") String scope,
                           @QueryParam("rounding") @DefaultValue("TRUNCATE") String rounding,
                           @QueryParam("decimals") @DefaultValue("2") int decimals,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        access.requireReport(agency);
        DocumentType type = DocumentType.fromAccept(accept).orElse(DocumentType.JSON);
        if (type != DocumentType.JSON) {
            return documents.document(agency, year, type.extension(), format, scope, rounding, String.valueOf(decimals));
        }
        Report report = assembler.assemble(agency, Years.check(year), parse(ReportFormat.class, "format", format),
                parse(ReportScope.class, "scope", scope), settings(rounding, decimals));
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{agency}/{year}/contributions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each agency's own value of one cell of the national tables (TABLE_2/3/4, row and column codes) "
            + "over the agency's subtree, largest first, with its link to the records; where a large scope's cells link")
    @APIResponse(responseCode = "200", description = "The contributions; their values add up to total")
    @APIResponse(responseCode = "400", description = "Missing or unknown table, row or column")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    @APIResponse(responseCode = "503", description = "A source service is unavailable; the problem names it")
    public FigureContributions.Contributions contributions(@PathParam("agency") String agency, @PathParam("year") int year,
                                                           @QueryParam("table") String table,
                                                           @QueryParam("row") String row,
                                                           @QueryParam("column") String column) {
        access.requireReport(agency);
        for (String[] param : new String[][] {{"table", table}, {"row", row}, {"column", column}}) {
            if (param[1] == null || param[1].isBlank()) {
                throw ApiException.badRequest(param[0], "required: a " + param[0] + " code of the national tables");
            }
        }
        return contributions.of(agency, Years.check(year), table, row, column);
    }

    @POST
    @Path("validate")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a submitted national-format report's tables against the identities of the format")
    @APIResponse(responseCode = "200", description = "The checks; valid is false when any is an ERROR")
    @APIResponse(responseCode = "400", description = "Malformed body or a value that is not a number")
    public ValidationResult validate(@Valid @NotNull ValidationRequest body) {
        Map<String, Grid> tables = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        body.tables().forEach((table, rows) -> {
            Grid grid = new Grid();
            if (rows != null) {
                rows.forEach((row, cells) -> {
                    if (cells != null) {
                        cells.forEach((column, value) -> grid.put(row, column,
                                number(value, "tables." + table + "." + row + "." + column, violations)));
                    }
                });
            }
            tables.put(table, grid);
        });
        if (!violations.isEmpty()) {
            throw ApiException.invalid("Values must be numbers, or \"/\" where a cell does not apply", violations);
        }
        List<Check> checks = new ArrayList<>(ReportChecks.completeness(tables));
        checks.addAll(ReportChecks.identities(tables));
        boolean valid = checks.stream().noneMatch(c -> c.severity() == Check.Severity.ERROR);
        return new ValidationResult(body.year(), valid, checks);
    }

    private static BigDecimal number(Object value, String field, List<Violation> violations) {
        if (value == null || "/".equals(value)) {
            return null;
        }
        try {
            if (value instanceof Number n) {
                return n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()) : new BigDecimal(n.toString());
            }
            if (value instanceof String s) {
                return new BigDecimal(s.trim());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation(field, "must be a number or \"/\""));
        return null;
    }

    public static ReportSettings settings(String rounding, int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw ApiException.badRequest("decimals", "must be between 0 and 6");
        }
        return new ReportSettings(parse(ReportSettings.Rounding.class, "rounding", rounding), decimals);
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
