package cn.gov.opendata.report.client;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/** Null-safe, order-stable helpers for the code → count maps of the statistics contract. */
public final class Counts {

    private Counts() {
    }

    /** An immutable copy in code order. */
    public static <V> Map<String, V> copy(Map<String, V> map) {
        return SortedCounts.of(map == null ? Map.of() : map);
    }

    public static long get(Map<String, Long> map, String code) {
        Long value = map.get(code);
        return value == null ? 0 : value;
    }

    public static long total(Map<String, Long> map) {
        return map.values().stream().mapToLong(v -> v == null ? 0 : v).sum();
    }

    public static <V> Map<String, V> merge(Map<String, V> a, Map<String, V> b, BinaryOperator<V> plus) {
        Map<String, V> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, plus));
        return sum;
    }

    public static Map<String, Long> add(Map<String, Long> a, Map<String, Long> b) {
        return merge(a, b, Long::sum);
    }

    public static Map<String, BigDecimal> addDecimals(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return merge(a, b, BigDecimal::add);
    }

    public static Map<String, Map<String, Long>> addNested(Map<String, Map<String, Long>> a, Map<String, Map<String, Long>> b) {
        return merge(a, b, Counts::add);
    }

    public static Map<String, Map<String, Long>> copyNested(Map<String, Map<String, Long>> map) {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        if (map != null) {
            map.forEach((k, v) -> copy.put(k, copy(v)));
        }
        return copy(copy);
    }
}
