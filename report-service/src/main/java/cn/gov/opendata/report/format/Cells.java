package cn.gov.opendata.report.format;

import cn.gov.opendata.report.model.Cell;

import java.math.BigDecimal;

/** Builds printed cells with last year's value and the change. */
final class Cells {

    static final String NOT_APPLICABLE = "/";

    private Cells() {
    }

    static Cell of(String column, BigDecimal value, boolean applicable, BigDecimal previous, boolean previousApplicable, String link) {
        String text = applicable ? print(value) : NOT_APPLICABLE;
        String prev = previousApplicable ? print(previous) : NOT_APPLICABLE;
        String change = applicable && previousApplicable ? signed(value.subtract(previous)) : null;
        return new Cell(column, text, prev, change, link);
    }

    static Cell of(String column, long value, long previous, String link) {
        return of(column, BigDecimal.valueOf(value), true, BigDecimal.valueOf(previous), true, link);
    }

    static Cell fromGrids(Grid current, Grid previous, String row, String column, String link) {
        boolean applicable = current.get(row, column) != null;
        boolean previousApplicable = previous.get(row, column) != null;
        return of(column, current.num(row, column), applicable, previous.num(row, column), previousApplicable, link);
    }

    static String print(BigDecimal value) {
        return value.toPlainString();
    }

    static String signed(BigDecimal change) {
        return change.signum() > 0 ? "+" + change.toPlainString() : change.toPlainString();
    }
}
