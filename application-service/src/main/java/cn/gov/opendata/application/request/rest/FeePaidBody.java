package cn.gov.opendata.application.request.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The applicant paid the fee on {@code on}; the clock resumes. */
public record FeePaidBody(@NotBlank @Size(max = 200) String actor,
        @Size(max = 2000) String reason,
        @NotNull LocalDate on) {
}
