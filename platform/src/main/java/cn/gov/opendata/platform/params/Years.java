package cn.gov.opendata.platform.params;

import cn.gov.opendata.platform.problem.ApiException;

/**
 * The one year policy of the platform (docs/DESIGN.md): every year a client names — of a report, of statistics, of
 * tallies and narratives, of a list filter — lies in 2000–2100. Reports on disclosure work start with the 2008 条例;
 * the margin keeps old records reportable without letting a typo (20250, 2150) reach a database or another service.
 */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    public static final String MESSAGE = "must be a year from " + FIRST + " to " + LAST;

    private Years() {
    }

    public static boolean allowed(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** The year itself, or a 400 problem naming {@code field}. */
    public static int check(String field, int year) {
        if (!allowed(year)) {
            throw ApiException.badRequest(field, MESSAGE);
        }
        return year;
    }

    public static int check(int year) {
        return check("year", year);
    }
}
