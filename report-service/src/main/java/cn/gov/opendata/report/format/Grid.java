package cn.gov.opendata.report.format;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers of one table: row code → column code → value. A present key with a null value is a cell that does
 * not apply ("/"); a missing key is a cell nobody supplied.
 */
public final class Grid {

    private final Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();

    public Grid put(String row, String column, BigDecimal value) {
        rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, value);
        return this;
    }

    public Grid put(String row, String column, long value) {
        return put(row, column, BigDecimal.valueOf(value));
    }

    public boolean has(String row, String column) {
        Map<String, BigDecimal> cells = rows.get(row);
        return cells != null && cells.containsKey(column);
    }

    /** The value, or null when the cell is absent or does not apply. */
    public BigDecimal get(String row, String column) {
        Map<String, BigDecimal> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }

    /** The value with absent and not-applicable cells as zero, for identities. */
    public BigDecimal num(String row, String column) {
        BigDecimal value = get(row, column);
        return value == null ? BigDecimal.ZERO : value;
    }

    public Map<String, Map<String, BigDecimal>> rows() {
        return rows;
    }

    public static Grid of(Map<String, Map<String, BigDecimal>> input) {
        Grid grid = new Grid();
        if (input != null) {
            input.forEach((row, cells) -> {
                if (cells != null) {
                    cells.forEach((column, value) -> grid.put(row, column, value));
                }
            });
        }
        return grid;
    }
}
