package cn.gov.opendata.report.format;

import cn.gov.opendata.report.format.NationalLayout.Table3Row;
import cn.gov.opendata.report.format.NationalLayout.Table4Group;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.Check.Severity;
import cn.gov.opendata.report.model.Column;
import cn.gov.opendata.report.model.ReportFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static cn.gov.opendata.report.format.NationalLayout.APPLICANTS;
import static cn.gov.opendata.report.format.NationalLayout.CARRIED_FORWARD;
import static cn.gov.opendata.report.format.NationalLayout.CARRIED_OVER;
import static cn.gov.opendata.report.format.NationalLayout.CASES;
import static cn.gov.opendata.report.format.NationalLayout.CONCLUDED_TOTAL;
import static cn.gov.opendata.report.format.NationalLayout.IN_FORCE;
import static cn.gov.opendata.report.format.NationalLayout.ISSUED;
import static cn.gov.opendata.report.format.NationalLayout.RECEIVED;
import static cn.gov.opendata.report.format.NationalLayout.REPEALED;
import static cn.gov.opendata.report.format.NationalLayout.RESULTS;
import static cn.gov.opendata.report.format.NationalLayout.TABLE_2;
import static cn.gov.opendata.report.format.NationalLayout.TABLE_3;
import static cn.gov.opendata.report.format.NationalLayout.TABLE_4;
import static cn.gov.opendata.report.format.NationalLayout.TOTAL;

/**
 * The consistency checks of DOMAIN.md §5.1 on the national tables. Broken identities and negative cells are
 * ERRORs; differences with last year's report are WARNINGs (records may legitimately have been corrected since).
 * The same checks serve assembled reports and submissions to {@code POST /api/v1/reports/validate}.
 */
public final class ReportChecks {

    public static final String TABLE_3_ROW_TOTAL = "TABLE_3_ROW_TOTAL";
    public static final String TABLE_3_RESULTS_TOTAL = "TABLE_3_RESULTS_TOTAL";
    public static final String TABLE_3_BALANCE = "TABLE_3_BALANCE";
    public static final String TABLE_4_TOTAL = "TABLE_4_TOTAL";
    public static final String NEGATIVE_CELL = "NEGATIVE_CELL";
    public static final String MISSING_CELLS = "MISSING_CELLS";
    public static final String UNKNOWN_CELLS = "UNKNOWN_CELLS";
    public static final String CARRY_OVER_MISMATCH = "CARRY_OVER_MISMATCH";
    public static final String IN_FORCE_MISMATCH = "IN_FORCE_MISMATCH";
    public static final String UNKNOWN_AGENCIES = "UNKNOWN_AGENCIES";
    public static final String AGENCIES_WITHOUT_RECORDS = "AGENCIES_WITHOUT_RECORDS";
    public static final String FORMAT_NOT_IN_FORCE = "FORMAT_NOT_IN_FORCE";
    public static final String PREVIOUS_YEAR_PUBLISHED = "PREVIOUS_YEAR_PUBLISHED";
    public static final String UNKNOWN_REQUEST_REFERENCE = "UNKNOWN_REQUEST_REFERENCE";

    private ReportChecks() {
    }

    /** Every identity of tables 三 and 四, and no negative cell anywhere. */
    public static List<Check> identities(Map<String, Grid> tables) {
        return identities(tables, NationalEdition.NATIONAL_2021);
    }

    public static List<Check> identities(Map<String, Grid> tables, NationalEdition edition) {
        List<Check> checks = new ArrayList<>();
        Grid t3 = tables.getOrDefault(TABLE_3, new Grid());
        Grid t4 = tables.getOrDefault(TABLE_4, new Grid());
        for (Table3Row row : edition.figureRows()) {
            BigDecimal sum = APPLICANTS.stream().map(c -> t3.num(row.code(), c)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal total = t3.num(row.code(), TOTAL);
            if (sum.compareTo(total) != 0) {
                checks.add(error(TABLE_3_ROW_TOTAL, "表三「" + row.label() + "」(" + row.code() + ")：总计 " + total
                        + " ≠ 六类申请人之和 " + sum));
            }
        }
        for (Column column : NationalLayout.TABLE_3_COLUMNS) {
            String c = column.code();
            BigDecimal leaves = edition.resultRows().stream().map(r -> t3.num(r.code(), c))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal concluded = t3.num(CONCLUDED_TOTAL, c);
            if (leaves.compareTo(concluded) != 0) {
                checks.add(error(TABLE_3_RESULTS_TOTAL, "表三「" + column.label() + "」列(" + c + ")：（七）总计 " + concluded
                        + " ≠ 各办理结果之和 " + leaves));
            }
            BigDecimal in = t3.num(RECEIVED, c).add(t3.num(CARRIED_OVER, c));
            BigDecimal out = concluded.add(t3.num(CARRIED_FORWARD, c));
            if (in.compareTo(out) != 0) {
                checks.add(error(TABLE_3_BALANCE, "表三「" + column.label() + "」列(" + c + ")：一 + 二 = " + in
                        + " ≠ （七） + 四 = " + out));
            }
        }
        for (Table4Group group : NationalLayout.TABLE_4_GROUPS) {
            BigDecimal sum = RESULTS.stream().map(r -> t4.num(CASES, group.prefix() + "_" + r)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal total = t4.num(CASES, group.prefix() + "_" + TOTAL);
            if (sum.compareTo(total) != 0) {
                checks.add(error(TABLE_4_TOTAL, "表四「" + group.label() + "」(" + group.prefix() + ")：总计 " + total
                        + " ≠ 四种结果之和 " + sum));
            }
        }
        tables.forEach((table, grid) -> grid.rows().forEach((row, cells) -> cells.forEach((column, value) -> {
            // a catalogue's change in the year (本年增/减) is negative when items were removed
            if (value != null && value.signum() < 0 && !NationalLayout.ITEMS_CHANGE.equals(column)) {
                checks.add(error(NEGATIVE_CELL, table + " " + row + "/" + column + " 为负数 " + value));
            }
        })));
        return checks;
    }

    /** For submissions: every cell of tables 三 and 四 must be given, and no code may be unknown. */
    public static List<Check> completeness(Map<String, Grid> tables) {
        return completeness(tables, NationalEdition.NATIONAL_2021);
    }

    public static List<Check> completeness(Map<String, Grid> tables, NationalEdition edition) {
        List<Check> checks = new ArrayList<>();
        Map<String, Set<String>> expected = expectedCells(edition);
        Set<String> missing = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String table : List.of(TABLE_3, TABLE_4)) {
            Grid grid = tables.getOrDefault(table, new Grid());
            for (String cell : expected.get(table)) {
                String[] rc = cell.split("/");
                if (!grid.has(rc[0], rc[1]) || grid.get(rc[0], rc[1]) == null) {
                    missing.add(table + " " + cell);
                }
            }
        }
        tables.forEach((table, grid) -> {
            Set<String> known = expected.get(table);
            if (known == null) {
                unknown.add(table);
                return;
            }
            grid.rows().forEach((row, cells) -> cells.keySet().forEach(column -> {
                if (!known.contains(row + "/" + column)) {
                    unknown.add(table + " " + row + "/" + column);
                }
            }));
        });
        if (!missing.isEmpty()) {
            checks.add(error(MISSING_CELLS, "缺少数据 (missing cells): " + String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            checks.add(error(UNKNOWN_CELLS, "无法识别的表格或单元格 (unknown codes): " + String.join(", ", unknown)));
        }
        return checks;
    }

    /** The year-on-year consistency warnings: carried over ↔ last year's carried forward, and acts in force. */
    public static List<Check> yearOverYear(Map<String, Grid> current, Map<String, Grid> previous, int year) {
        List<Check> checks = new ArrayList<>();
        Grid t3 = current.get(TABLE_3);
        Grid p3 = previous.get(TABLE_3);
        List<String> differences = new ArrayList<>();
        for (Column column : NationalLayout.TABLE_3_COLUMNS) {
            BigDecimal now = t3.num(CARRIED_OVER, column.code());
            BigDecimal before = p3.num(CARRIED_FORWARD, column.code());
            if (now.compareTo(before) != 0) {
                differences.add(column.label() + " " + now + " ≠ " + before);
            }
        }
        if (!differences.isEmpty()) {
            checks.add(warning(CARRY_OVER_MISMATCH, year + "年上年结转与" + (year - 1) + "年结转下年度不一致: "
                    + String.join("; ", differences)));
        }
        Grid t2 = current.get(TABLE_2);
        Grid p2 = previous.get(TABLE_2);
        for (String kind : List.of(NationalLayout.REGULATION, NationalLayout.NORMATIVE_DOCUMENT)) {
            BigDecimal inForce = t2.get(kind, IN_FORCE);
            BigDecimal before = p2.get(kind, IN_FORCE);
            if (inForce == null || before == null) {
                continue;
            }
            BigDecimal expected = before.add(t2.num(kind, ISSUED)).subtract(t2.num(kind, REPEALED));
            if (expected.compareTo(inForce) != 0) {
                String label = kind.equals(NationalLayout.REGULATION) ? "规章" : "行政规范性文件";
                checks.add(warning(IN_FORCE_MISMATCH, label + "现行有效件数 " + inForce + " ≠ 上年现行有效 " + before
                        + " + 本年制发 " + t2.num(kind, ISSUED) + " − 本年废止 " + t2.num(kind, REPEALED) + " = " + expected));
            }
        }
        return checks;
    }

    private static Map<String, Set<String>> expectedCells(NationalEdition edition) {
        Set<String> t2 = new TreeSet<>();
        for (NationalLayout.Block block : edition.table2Blocks()) {
            for (String[] row : block.rows()) {
                block.columns().forEach(c -> t2.add(row[0] + "/" + c.code()));
            }
        }
        Set<String> t3 = new TreeSet<>();
        for (Table3Row row : edition.figureRows()) {
            NationalLayout.TABLE_3_COLUMNS.forEach(c -> t3.add(row.code() + "/" + c.code()));
        }
        Set<String> t4 = new TreeSet<>();
        NationalLayout.table4Columns().forEach(c -> t4.add(CASES + "/" + c.code()));
        return Map.of(TABLE_2, t2, TABLE_3, t3, TABLE_4, t4);
    }

    /** A report or submission of a year in a format that was not in force that year: allowed, but said. */
    public static Optional<Check> formatInForce(ReportFormat format, int year) {
        if (format.inForce(year)) {
            return Optional.empty();
        }
        return Optional.of(warning(FORMAT_NOT_IN_FORCE, year + "年报告应使用" + ReportFormat.of(year) + "格式；"
                + format + " 格式适用于 " + format.years() + " 年度 (format not in force for this year)"));
    }

    public static Check error(String code, String message) {
        return new Check(Severity.ERROR, code, message);
    }

    public static Check warning(String code, String message) {
        return new Check(Severity.WARNING, code, message);
    }
}
