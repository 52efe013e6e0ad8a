package cn.gov.opendata.application.calendar.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's declared holidays and make-up working days. {@code version} is required to replace a year on record (428
 * without it, 409 when stale); {@code source} names the State Council notice the days come from.
 */
public record CalendarYearBody(@NotNull List<LocalDate> holidays, @NotNull List<LocalDate> makeUpWorkdays, Long version,
                               @Pattern(regexp = "^国办发明电〔\\d{4}〕\\d{1,3}号$", message = "must be a notice number such as 国办发明电〔2026〕7号")
                               String source) {
}
