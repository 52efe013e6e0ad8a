package cn.gov.opendata.report.format;

import cn.gov.opendata.report.client.ActCounts;
import cn.gov.opendata.report.client.ApplicationFigures;
import cn.gov.opendata.report.client.AppealsFigures;
import cn.gov.opendata.report.client.DisclosureFigures;
import cn.gov.opendata.report.client.RequestCounts;
import cn.gov.opendata.report.format.NationalLayout.Table3Row;
import cn.gov.opendata.report.format.NationalLayout.Table4Group;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.gov.opendata.report.format.NationalLayout.AMOUNT;
import static cn.gov.opendata.report.format.NationalLayout.APPLICANTS;
import static cn.gov.opendata.report.format.NationalLayout.CARRIED_FORWARD;
import static cn.gov.opendata.report.format.NationalLayout.CARRIED_OVER;
import static cn.gov.opendata.report.format.NationalLayout.CASES;
import static cn.gov.opendata.report.format.NationalLayout.COERCION;
import static cn.gov.opendata.report.format.NationalLayout.CONCLUDED_TOTAL;
import static cn.gov.opendata.report.format.NationalLayout.DECISIONS;
import static cn.gov.opendata.report.format.NationalLayout.FEES;
import static cn.gov.opendata.report.format.NationalLayout.IN_FORCE;
import static cn.gov.opendata.report.format.NationalLayout.ISSUED;
import static cn.gov.opendata.report.format.NationalLayout.LICENSING;
import static cn.gov.opendata.report.format.NationalLayout.NORMATIVE_DOCUMENT;
import static cn.gov.opendata.report.format.NationalLayout.PENALTY;
import static cn.gov.opendata.report.format.NationalLayout.RECEIVED;
import static cn.gov.opendata.report.format.NationalLayout.REGULATION;
import static cn.gov.opendata.report.format.NationalLayout.REPEALED;
import static cn.gov.opendata.report.format.NationalLayout.RESULTS;
import static cn.gov.opendata.report.format.NationalLayout.TABLE_2;
import static cn.gov.opendata.report.format.NationalLayout.TABLE_3;
import static cn.gov.opendata.report.format.NationalLayout.TABLE_4;
import static cn.gov.opendata.report.format.NationalLayout.TOTAL;

/** The numbers of tables 二, 三 and 四 computed from a scope's summed figures (before any printing). */
public final class NationalTables {

    private NationalTables() {
    }

    public static Map<String, Grid> compute(ScopeFigures figures) {
        Map<String, Grid> tables = new LinkedHashMap<>();
        tables.put(TABLE_2, table2(figures.disclosure()));
        tables.put(TABLE_3, table3(figures.application()));
        tables.put(TABLE_4, table4(figures.appeals()));
        return tables;
    }

    static Grid table2(DisclosureFigures d) {
        Grid grid = new Grid();
        for (String kind : new String[] {REGULATION, NORMATIVE_DOCUMENT}) {
            ActCounts acts = d.act(kind);
            boolean na = d.notApplicable(kind);
            grid.put(kind, ISSUED, na ? null : BigDecimal.valueOf(acts.issued()));
            grid.put(kind, REPEALED, na ? null : BigDecimal.valueOf(acts.repealed()));
            grid.put(kind, IN_FORCE, na ? null : BigDecimal.valueOf(acts.inForce()));
        }
        for (String kind : new String[] {LICENSING, PENALTY, COERCION}) {
            grid.put(kind, DECISIONS, d.notApplicable(kind) ? null : d.tally(kind).setScale(0, RoundingMode.DOWN));
        }
        grid.put(FEES, AMOUNT, d.notApplicable(FEES) ? null : d.tally(FEES).setScale(2, RoundingMode.HALF_UP));
        return grid;
    }

    static Grid table3(ApplicationFigures a) {
        Grid grid = new Grid();
        putApplicants(grid, RECEIVED, a.received());
        putApplicants(grid, CARRIED_OVER, a.carriedOver());
        for (Table3Row row : NationalLayout.resultRows()) {
            long total = 0;
            for (String applicant : APPLICANTS) {
                long n = row.outcomes().stream().mapToLong(o -> a.concluded().count(o, applicant)).sum();
                grid.put(row.code(), applicant, n);
                total += n;
            }
            grid.put(row.code(), TOTAL, total);
        }
        long grand = 0;
        for (String applicant : APPLICANTS) {
            long sum = NationalLayout.resultRows().stream().mapToLong(r -> grid.num(r.code(), applicant).longValue()).sum();
            grid.put(CONCLUDED_TOTAL, applicant, sum);
            grand += sum;
        }
        grid.put(CONCLUDED_TOTAL, TOTAL, grand);
        putApplicants(grid, CARRIED_FORWARD, a.carriedForward());
        return grid;
    }

    private static void putApplicants(Grid grid, String row, RequestCounts counts) {
        long total = 0;
        for (String applicant : APPLICANTS) {
            long n = counts.applicant(applicant);
            grid.put(row, applicant, n);
            total += n;
        }
        grid.put(row, TOTAL, total);
    }

    static Grid table4(AppealsFigures ap) {
        Grid grid = new Grid();
        for (Table4Group group : NationalLayout.TABLE_4_GROUPS) {
            long total = 0;
            for (String result : RESULTS) {
                long n = group.route() == null ? ap.reconsideration(result) : ap.lawsuit(group.route(), result);
                grid.put(CASES, group.prefix() + "_" + result, n);
                total += n;
            }
            grid.put(CASES, group.prefix() + "_" + TOTAL, total);
        }
        return grid;
    }
}
