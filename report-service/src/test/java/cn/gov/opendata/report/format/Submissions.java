package cn.gov.opendata.report.format;

import cn.gov.opendata.report.client.AppealsFigures;
import cn.gov.opendata.report.client.ApplicationFigures;
import cn.gov.opendata.report.client.ConcludedCounts;
import cn.gov.opendata.report.client.DisclosureFigures;
import cn.gov.opendata.report.client.RequestCounts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Consistent national tables for tests, as grids and as the JSON body of {@code POST /reports/validate}. */
public final class Submissions {

    private Submissions() {
    }

    public static ScopeFigures figures() {
        DisclosureFigures d = new DisclosureFigures(10, Map.of(), Map.of(), Map.of(), Map.of("LICENSING_DECISIONS", BigDecimal.TEN),
                List.of("COERCION_DECISIONS"));
        ApplicationFigures a = new ApplicationFigures(
                new RequestCounts(Map.of(), Map.of("NATURAL_PERSON", 8L, "COMMERCIAL", 2L)),
                new RequestCounts(Map.of(), Map.of("NATURAL_PERSON", 1L)),
                new ConcludedCounts(Map.of("DISCLOSED", Map.of("NATURAL_PERSON", 5L, "COMMERCIAL", 1L),
                        "NOT_THIS_AGENCY", Map.of("NATURAL_PERSON", 2L), "OTHER", Map.of("COMMERCIAL", 1L))),
                new RequestCounts(Map.of(), Map.of("NATURAL_PERSON", 2L)), null, null);
        AppealsFigures ap = new AppealsFigures(Map.of("UPHELD", 3L, "PENDING", 1L),
                Map.of("DIRECT", Map.of("CORRECTED", 2L)), 4);
        return new ScopeFigures(d, a, ap);
    }

    public static Map<String, Grid> grids() {
        return NationalTables.compute(figures());
    }

    public static Map<String, Map<String, Map<String, Object>>> json() {
        return json(NationalEdition.NATIONAL_2021);
    }

    /** The same figures in the tables of {@code edition}. */
    public static Map<String, Map<String, Map<String, Object>>> json(NationalEdition edition) {
        Map<String, Map<String, Map<String, Object>>> tables = new LinkedHashMap<>();
        NationalTables.compute(figures(), edition).forEach((table, grid) -> {
            Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
            grid.rows().forEach((row, cells) -> {
                Map<String, Object> out = new LinkedHashMap<>();
                cells.forEach((column, value) -> out.put(column, value == null ? "/" : value));
                rows.put(row, out);
            });
            tables.put(table, rows);
        });
        return tables;
    }
}
