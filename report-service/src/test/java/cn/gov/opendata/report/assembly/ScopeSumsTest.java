package cn.gov.opendata.report.assembly;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ScopeSumsTest {

    private final ScopeSums sums = new ScopeSums();
    private final Set<String> directory = Set.of("a", "b", "c", "d");

    @Test
    void theSameAnswersAndScopeGiveTheRememberedSums() {
        YearStatistics now = SubtreeAggregatorTest.stats();
        YearStatistics before = SubtreeAggregatorTest.stats();
        ScopeSums.Sums first = sums.of(now, before, "a", List.of("a", "b", "c", "d"), directory);
        assertSame(first, sums.of(now, before, "a", List.of("a", "b", "c", "d"), directory));
        assertEquals(7, first.current().disclosure().items());
        assertEquals(3, first.own().disclosure().items());
        assertEquals(java.util.Map.of("ghost", 9L), first.unknownAgencies());
        assertEquals(List.of("d"), first.withoutRecords());
    }

    @Test
    void aNewAnswerAnotherScopeOrAnotherDirectoryIsSummedAgain() {
        YearStatistics now = SubtreeAggregatorTest.stats();
        YearStatistics before = SubtreeAggregatorTest.stats();
        ScopeSums.Sums first = sums.of(now, before, "a", List.of("a", "b"), directory);
        // an equal-looking answer fetched again is a new object: it is not assumed to be the same
        ScopeSums.Sums refetched = sums.of(SubtreeAggregatorTest.stats(), before, "a", List.of("a", "b"), directory);
        assertNotSame(first, refetched);
        assertEquals(first, refetched);
        ScopeSums.Sums narrower = sums.of(now, before, "a", List.of("a"), directory);
        assertEquals(3, narrower.current().disclosure().items());
        ScopeSums.Sums knowsGhost = sums.of(now, before, "a", List.of("a", "b"), Set.of("a", "b", "c", "d", "ghost"));
        assertEquals(java.util.Map.of(), knowsGhost.unknownAgencies());
    }
}
