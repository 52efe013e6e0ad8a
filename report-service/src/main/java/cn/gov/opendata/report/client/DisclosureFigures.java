package cn.gov.opendata.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One agency's (or a summed scope's) proactive-disclosure figures, as the disclosure-service reports them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisclosureFigures(
        long items,
        Map<String, Long> channels,
        Map<String, Long> categories,
        Map<String, ActCounts> normativeActs,
        Map<String, BigDecimal> tallies,
        List<String> talliesNotApplicable,
        Map<String, Long> cataloguesBefore) {

    public static final DisclosureFigures EMPTY = new DisclosureFigures(0, null, null, null, null, null, null);

    public DisclosureFigures(long items, Map<String, Long> channels, Map<String, Long> categories,
                             Map<String, ActCounts> normativeActs, Map<String, BigDecimal> tallies,
                             List<String> talliesNotApplicable) {
        this(items, channels, categories, normativeActs, tallies, talliesNotApplicable, null);
    }

    public DisclosureFigures {
        channels = Counts.copy(channels);
        categories = Counts.copy(categories);
        normativeActs = Counts.copy(normativeActs);
        tallies = Counts.copy(tallies);
        talliesNotApplicable = talliesNotApplicable == null ? List.of() : List.copyOf(new TreeSet<>(talliesNotApplicable));
        cataloguesBefore = Counts.copy(cataloguesBefore);
    }

    /** A catalogue's size (a *_ITEMS tally kind) at the end of the year before. */
    public long catalogueBefore(String kind) {
        return Counts.get(cataloguesBefore, kind);
    }

    public long channel(String code) {
        return Counts.get(channels, code);
    }

    public long category(String code) {
        return Counts.get(categories, code);
    }

    public ActCounts act(String kind) {
        return normativeActs.getOrDefault(kind, ActCounts.ZERO);
    }

    public BigDecimal tally(String kind) {
        return tallies.getOrDefault(kind, BigDecimal.ZERO);
    }

    public boolean notApplicable(String kind) {
        return talliesNotApplicable.contains(kind);
    }

    /**
     * Cell-by-cell sum. A kind stays "not applicable" only if both sides mark it so: one agency that can act
     * in a field makes the scope's cell a number.
     */
    public DisclosureFigures plus(DisclosureFigures o) {
        TreeSet<String> na = new TreeSet<>(talliesNotApplicable);
        na.retainAll(o.talliesNotApplicable);
        return new DisclosureFigures(items + o.items,
                Counts.add(channels, o.channels),
                Counts.add(categories, o.categories),
                Counts.merge(normativeActs, o.normativeActs, ActCounts::plus),
                Counts.addDecimals(tallies, o.tallies),
                List.copyOf(na),
                Counts.add(cataloguesBefore, o.cataloguesBefore));
    }
}
