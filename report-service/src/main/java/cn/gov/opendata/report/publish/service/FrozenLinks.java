package cn.gov.opendata.report.publish.service;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a report that link to the live per-agency contributions of a large scope, and the same report with
 * those links pointing at the published revision's frozen copy instead: a published figure must keep leading to the
 * figures it was computed from, not to today's (issue 20).
 */
public final class FrozenLinks {

    /** One linked figure: the contributions resource's table, row and column codes, and the tables' format. */
    public record Figure(String table, String row, String column, String format) {
    }

    private FrozenLinks() {
    }

    /** The figures whose link starts with {@code liveBase} (the report's contributions resource), in table order. */
    public static List<Figure> figures(Report report, String liveBase) {
        List<Figure> figures = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            for (Row row : table.rows()) {
                for (Cell cell : row.cells()) {
                    figure(cell.link(), liveBase).filter(f -> !figures.contains(f)).ifPresent(figures::add);
                }
            }
        }
        return figures;
    }

    /**
     * The report with every live contributions link replaced by the published revision's frozen copy,
     * {@code frozenBase}: the published reads' format and scope, then the figure's table, row and column.
     */
    public static Report rebase(Report report, String liveBase, String frozenBase) {
        String key = frozenBase + "?format=" + report.format() + "&scope=" + report.scope();
        List<ReportTable> tables = report.tables().stream().map(table -> new ReportTable(table.code(), table.title(),
                table.columns(), table.rows().stream().map(row -> new Row(row.code(), row.label(), row.level(),
                        row.cells().stream().map(cell -> figure(cell.link(), liveBase)
                                .map(f -> new Cell(cell.column(), cell.text(), cell.previous(), cell.change(),
                                        key + "&table=" + encode(f.table()) + "&row=" + encode(f.row())
                                                + "&column=" + encode(f.column())))
                                .orElse(cell)).toList())).toList(), table.note())).toList();
        return new Report(report.agency(), report.agencyName(), report.year(), report.format(), report.scope(),
                report.title(), report.sections(), tables, report.checks(), report.sources(), report.settings(),
                report.generatedAt());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean isLive(String link, String liveBase) {
        return link != null && link.startsWith(liveBase + "?");
    }

    private static java.util.Optional<Figure> figure(String link, String liveBase) {
        if (!isLive(link, liveBase)) {
            return java.util.Optional.empty();
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (query.get("table") == null || query.get("row") == null || query.get("column") == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Figure(query.get("table"), query.get("row"), query.get("column"), query.get("format")));
    }
}
