package cn.gov.opendata.report.narrative.rest;

import cn.gov.opendata.report.problem.ApiException;

/** The range of report years the service accepts in paths. */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2200;

    private Years() {
    }

    public static int check(int year) {
        if (year < FIRST || year > LAST) {
            throw ApiException.badRequest("year", "must be between " + FIRST + " and " + LAST);
        }
        return year;
    }
}
