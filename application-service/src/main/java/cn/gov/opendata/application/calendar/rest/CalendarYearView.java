package cn.gov.opendata.application.calendar.rest;

import java.time.LocalDate;
import java.util.List;

/** A year of the working-day calendar as served. */
public record CalendarYearView(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, long version, String source) {
}
