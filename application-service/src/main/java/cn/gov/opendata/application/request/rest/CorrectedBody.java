package cn.gov.opendata.application.request.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The corrected request arrived on {@code on}; the clock restarts (Art. 30). */
public record CorrectedBody(@NotBlank @Size(max = 200) String actor,
        @Size(max = 2000) String reason,
        @NotNull LocalDate on) {
}
