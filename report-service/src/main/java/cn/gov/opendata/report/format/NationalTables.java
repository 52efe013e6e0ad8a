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
import static cn.gov.opendata.report.format.NationalLayout.CATALOGUES;
import static cn.gov.opendata.report.format.NationalLayout.ITEMS_BEFORE;
import static cn.gov.opendata.report.format.NationalLayout.ITEMS_CHANGE;
import static cn.gov.opendata.report.format.NationalLayout.OTHER_SERVICES;
import static cn.gov.opendata.report.format.NationalLayout.PROCUREMENT;
import static cn.gov.opendata.report.format.NationalLayout.PROCUREMENT_AMOUNT;
import static cn.gov.opendata.report.format.NationalLayout.PROCUREMENT_AMOUNT_10K_YUAN;
import static cn.gov.opendata.report.format.NationalLayout.PROCUREMENT_PROJECTS;
import static cn.gov.opendata.report.format.NationalLayout.PROJECTS;
import static cn.gov.opendata.report.format.NationalLayout.PUBLISHED;
import static cn.gov.opendata.report.format.NationalLayout.PUBLISHED_TOTAL;
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
        return compute(figures, NationalEdition.NATIONAL_2021);
    }

    public static Map<String, Grid> compute(ScopeFigures figures, NationalEdition edition) {
        Map<String, Grid> tables = new LinkedHashMap<>();
        tables.put(TABLE_2, edition == NationalEdition.NATIONAL_2019 ? trialTable2(figures.disclosure()) : table2(figures.disclosure()));
        tables.put(TABLE_3, table3(figures.application(), edition));
        tables.put(TABLE_4, table4(figures.appeals()));
        return tables;
    }

    /**
     * Table 二 of the trial format (DOMAIN.md §5.1a): acts made, newly published and published in all; each
     * catalogue's size at the end of the year before and its change; decisions; procurement. A row is "/" where the
     * agency marked its power (the decisions, the fees, the procurement projects) not applicable; a catalogue column
     * is "/" too where its own size is marked so.
     */
    static Grid trialTable2(DisclosureFigures d) {
        Grid grid = new Grid();
        for (String kind : new String[] {REGULATION, NORMATIVE_DOCUMENT}) {
            ActCounts acts = d.act(kind);
            boolean na = d.notApplicable(kind);
            grid.put(kind, ISSUED, na ? null : BigDecimal.valueOf(acts.issued()));
            grid.put(kind, PUBLISHED, na ? null : BigDecimal.valueOf(acts.published()));
            grid.put(kind, PUBLISHED_TOTAL, na ? null : BigDecimal.valueOf(acts.publishedTotal()));
        }
        for (String kind : new String[] {LICENSING, OTHER_SERVICES, PENALTY, COERCION, FEES}) {
            String catalogue = CATALOGUES.get(kind);
            boolean na = d.notApplicable(kind);
            boolean catalogueNa = na || d.notApplicable(catalogue);
            long before = d.catalogueBefore(catalogue);
            long now = d.tally(catalogue).longValue();
            grid.put(kind, ITEMS_BEFORE, catalogueNa ? null : BigDecimal.valueOf(before));
            grid.put(kind, ITEMS_CHANGE, catalogueNa ? null : BigDecimal.valueOf(now - before));
            if (!FEES.equals(kind)) {
                grid.put(kind, DECISIONS, na ? null : d.tally(kind).setScale(0, RoundingMode.DOWN));
            }
        }
        boolean na = d.notApplicable(PROCUREMENT_PROJECTS);
        grid.put(PROCUREMENT, PROJECTS, na ? null : d.tally(PROCUREMENT_PROJECTS).setScale(0, RoundingMode.DOWN));
        grid.put(PROCUREMENT, PROCUREMENT_AMOUNT, na ? null : amount(d.tally(PROCUREMENT_AMOUNT_10K_YUAN)));
        return grid;
    }

    /** An amount in 万元 exactly as recorded (to the yuan), printed with at least two decimals. */
    private static BigDecimal amount(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
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

    static Grid table3(ApplicationFigures a, NationalEdition edition) {
        Grid grid = new Grid();
        putApplicants(grid, RECEIVED, a.received());
        putApplicants(grid, CARRIED_OVER, a.carriedOver());
        for (Table3Row row : edition.resultRows()) {
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
            long sum = edition.resultRows().stream().mapToLong(r -> grid.num(r.code(), applicant).longValue()).sum();
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
