package cn.gov.opendata.report.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortedCountsTest {

    private static Map<String, Long> unordered() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("WEBSITE", 12L);
        counts.put("FAX", 0L);
        counts.put("ONLINE", 1_000_000L);
        counts.put("LETTER", null);
        return counts;
    }

    @Test
    void readsAndIteratesAsATreeMapDoes() {
        Map<String, Long> copy = Counts.copy(unordered());
        TreeMap<String, Long> tree = new TreeMap<>(unordered());
        assertEquals(List.copyOf(tree.keySet()), List.copyOf(copy.keySet()));
        assertEquals(tree, copy);
        assertEquals(copy, tree);
        assertEquals(tree.hashCode(), copy.hashCode());
        assertEquals(1_000_000L, copy.get("ONLINE"));
        assertNull(copy.get("GAZETTE"));
        assertNull(copy.get(42));
        assertTrue(copy.containsKey("LETTER"));
        assertFalse(copy.containsKey("GAZETTE"));
        assertEquals(1_000_012L, Counts.total(copy));
        assertEquals(0, Counts.get(copy, "GAZETTE"));
        assertEquals(0, Counts.copy(null).size());
    }

    @Test
    void isWrittenAsJsonInCodeOrderAndCannotBeChanged() throws Exception {
        Map<String, Long> copy = Counts.copy(unordered());
        assertEquals("{\"FAX\":0,\"LETTER\":null,\"ONLINE\":1000000,\"WEBSITE\":12}", new ObjectMapper().writeValueAsString(copy));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("FAX", 1L));
        assertThrows(UnsupportedOperationException.class, () -> copy.entrySet().iterator().next().setValue(1L));
    }

    @Test
    void sumsOfCopiesStaySorted() {
        Map<String, Long> sum = Counts.add(Counts.copy(unordered()), Counts.copy(Map.of("AAA", 1L, "FAX", 2L)));
        assertEquals(List.of("AAA", "FAX", "LETTER", "ONLINE", "WEBSITE"), List.copyOf(sum.keySet()));
        assertEquals(2L, sum.get("FAX"));
    }
}
