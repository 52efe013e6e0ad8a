package cn.gov.opendata.application.request.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A single correction notice (Art. 30); {@code respondBy} is the last day to correct, by default a configured number of working days. */
public record CorrectionNoticeBody(@NotBlank @Size(max = 200) String actor,
        @Size(max = 2000) String reason,
        @NotNull LocalDate on,
        LocalDate respondBy) {
}
