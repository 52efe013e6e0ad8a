package cn.gov.opendata.report.trend;

import cn.gov.opendata.report.client.Counts;
import cn.gov.opendata.report.format.Grid;
import cn.gov.opendata.report.format.NationalLayout;
import cn.gov.opendata.report.format.ScopeFigures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The headline figures of a year that the dashboard charts. A figure a published report does not print (the national
 * tables have no count of proactively published items, complaints or late answers) is null, never zero.
 */
public record TrendFigures(Long items, Long received, Long concluded, Long carriedForward, Long late,
                           Long reconsiderations, Long lawsuits, Long complaints) {

    /** The scope's figures summed from its records. */
    public static TrendFigures of(ScopeFigures f) {
        var application = f.application();
        // Each request has one channel and one applicant type; older records may lack one of the two, hence the larger
        // (as the dashboard always counted them).
        long received = Math.max(application.received().totalByChannel(), application.received().totalByApplicant());
        long lawsuits = f.appeals().lawsuits().values().stream().mapToLong(Counts::total).sum();
        return new TrendFigures(f.disclosure().items(), received, application.concluded().total(),
                application.carriedForward().totalByApplicant(), application.timeliness().late(),
                Counts.total(f.appeals().reconsiderations()), lawsuits, f.appeals().complaints());
    }

    /**
     * Whether anything happened in the year: items published, requests received or concluded, appeals or complaints.
     * Acts in force and catalogue sizes carry over from earlier years, so they alone are no records of the year —
     * the year after an agency's last records would otherwise be a fall to zero instead of a gap.
     */
    public boolean anyActivity() {
        return positive(items) || positive(received) || positive(concluded) || positive(reconsiderations)
                || positive(lawsuits) || positive(complaints);
    }

    private static boolean positive(Long value) {
        return value != null && value > 0;
    }

    /** The figures a published report prints in its national tables 三 and 四 (their 总计 columns). */
    public static TrendFigures of(Map<String, Grid> tables) {
        Grid t3 = tables.getOrDefault(NationalLayout.TABLE_3, new Grid());
        Grid t4 = tables.getOrDefault(NationalLayout.TABLE_4, new Grid());
        Long direct = value(t4, NationalLayout.CASES, "DIRECT_" + NationalLayout.TOTAL);
        Long after = value(t4, NationalLayout.CASES, "AFTER_RECONSIDERATION_" + NationalLayout.TOTAL);
        Long lawsuits = direct == null && after == null ? null : (direct == null ? 0 : direct) + (after == null ? 0 : after);
        return new TrendFigures(null,
                value(t3, NationalLayout.RECEIVED, NationalLayout.TOTAL),
                value(t3, NationalLayout.CONCLUDED_TOTAL, NationalLayout.TOTAL),
                value(t3, NationalLayout.CARRIED_FORWARD, NationalLayout.TOTAL),
                null,
                value(t4, NationalLayout.CASES, "RECONSIDERATION_" + NationalLayout.TOTAL),
                lawsuits, null);
    }

    private static Long value(Grid grid, String row, String column) {
        BigDecimal v = grid.get(row, column);
        return v == null ? null : v.longValue();
    }
}
