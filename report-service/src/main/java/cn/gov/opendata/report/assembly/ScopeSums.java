package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.format.ScopeFigures;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sums a report needs over its scope, for the year and the year before, with the agencies the directory and the
 * sources disagree on. Summing a province's 10,000 agencies was most of a report's time (JFR, BENCHMARKS.md), so the
 * sums are remembered for the exact answers they were made from: a source whose records have not changed answers
 * 304 and its kept answer is the very same object (KeptAnswers), so the same objects and the same scope give the
 * same sums. Any changed answer, directory or scope is a different key.
 */
@ApplicationScoped
public class ScopeSums {

    private static final int MAX_ENTRIES = 32;

    /** What a report takes from the statistics. */
    public record Sums(ScopeFigures current, ScopeFigures previous, ScopeFigures own, ScopeFigures ownPrevious,
                       Map<String, Long> unknownAgencies, List<String> withoutRecords) {
    }

    /** Compares the answers by identity: equal-looking answers from different fetches are not assumed the same. */
    private record Answers(YearStatistics now, YearStatistics before) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Answers other && same(now, other.now) && same(before, other.before);
        }

        @Override
        public int hashCode() {
            return 31 * identity(now) + identity(before);
        }

        private static boolean same(YearStatistics a, YearStatistics b) {
            return a.disclosure() == b.disclosure() && a.application() == b.application() && a.appeals() == b.appeals();
        }

        private static int identity(YearStatistics s) {
            return System.identityHashCode(s.disclosure()) ^ 31 * System.identityHashCode(s.application())
                    ^ 961 * System.identityHashCode(s.appeals());
        }
    }

    private record Key(Answers answers, String agency, List<String> scope, Set<String> directory) {
    }

    private final Map<Key, Sums> remembered = new ConcurrentHashMap<>();

    public Sums of(YearStatistics now, YearStatistics before, String agency, List<String> scope, Set<String> directory) {
        Key key = new Key(new Answers(now, before), agency, List.copyOf(scope), directory);
        Sums sums = remembered.get(key);
        if (sums != null) {
            return sums;
        }
        sums = new Sums(SubtreeAggregator.sum(now, scope), SubtreeAggregator.sum(before, scope),
                SubtreeAggregator.sum(now, List.of(agency)), SubtreeAggregator.sum(before, List.of(agency)),
                SubtreeAggregator.unknownAgencies(now, directory), SubtreeAggregator.withoutRecords(now, scope));
        if (remembered.size() >= MAX_ENTRIES) {
            remembered.clear();
        }
        remembered.put(key, sums);
        return sums;
    }
}
