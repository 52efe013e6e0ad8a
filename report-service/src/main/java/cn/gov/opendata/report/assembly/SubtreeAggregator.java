package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.client.AppealsFigures;
import cn.gov.opendata.report.client.ApplicationFigures;
import cn.gov.opendata.report.client.Counts;
import cn.gov.opendata.report.client.DisclosureFigures;
import cn.gov.opendata.report.format.ScopeFigures;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;

/** Sums the sources' per-agency figures cell by cell over a scope, and finds agencies the directory and sources disagree on. */
public final class SubtreeAggregator {

    private SubtreeAggregator() {
    }

    public static ScopeFigures sum(YearStatistics stats, Collection<String> agencies) {
        DisclosureFigures d = null;
        ApplicationFigures a = ApplicationFigures.EMPTY;
        AppealsFigures ap = AppealsFigures.EMPTY;
        for (String code : agencies) {
            DisclosureFigures df = stats.disclosure().agencies().get(code);
            if (df != null) {
                // The first agency seeds the sum so that "not applicable" marks survive only if every agency has them.
                d = d == null ? df : d.plus(df);
            }
            ApplicationFigures af = stats.application().agencies().get(code);
            if (af != null) {
                a = a.plus(af);
            }
            AppealsFigures apf = stats.appeals().agencies().get(code);
            if (apf != null) {
                ap = ap.plus(apf);
            }
        }
        return new ScopeFigures(d == null ? DisclosureFigures.EMPTY : d, a, ap);
    }

    /** Codes in the sources' answers that the directory does not know, each with its number of records. */
    public static Map<String, Long> unknownAgencies(YearStatistics stats, Set<String> directory) {
        Map<String, Long> unknown = new TreeMap<>();
        stats.disclosure().agencies().forEach((code, f) -> {
            if (!directory.contains(code)) {
                unknown.merge(code, f.items(), Long::sum);
            }
        });
        stats.application().agencies().forEach((code, f) -> {
            if (!directory.contains(code)) {
                unknown.merge(code, f.received().totalByApplicant() + f.concluded().total(), Long::sum);
            }
        });
        stats.appeals().agencies().forEach((code, f) -> {
            if (!directory.contains(code)) {
                long cases = Counts.total(f.reconsiderations()) + f.complaints()
                        + f.lawsuits().values().stream().mapToLong(Counts::total).sum();
                unknown.merge(code, cases, Long::sum);
            }
        });
        return unknown;
    }

    /** Agencies of the scope that none of the sources mentions for the year. */
    public static List<String> withoutRecords(YearStatistics stats, Collection<String> agencies) {
        Set<String> seen = new HashSet<>();
        seen.addAll(stats.disclosure().agencies().keySet());
        seen.addAll(stats.application().agencies().keySet());
        seen.addAll(stats.appeals().agencies().keySet());
        return agencies.stream().filter(code -> !seen.contains(code)).sorted().toList();
    }
}
