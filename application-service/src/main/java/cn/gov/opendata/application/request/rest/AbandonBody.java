package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.request.Outcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The applicant let the correction or payment window lapse: outcome ABANDONED_NO_CORRECTION or ABANDONED_NO_FEE. */
public record AbandonBody(@NotBlank @Size(max = 200) String actor,
        @Size(max = 2000) String reason,
        @NotNull LocalDate on,
        @NotNull Outcome outcome) {
}
