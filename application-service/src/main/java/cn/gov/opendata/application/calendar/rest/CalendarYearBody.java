package cn.gov.opendata.application.calendar.rest;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/** A year's declared holidays and make-up working days; {@code version} (optional) guards against lost edits. */
public record CalendarYearBody(@NotNull List<LocalDate> holidays, @NotNull List<LocalDate> makeUpWorkdays, Long version) {
}
