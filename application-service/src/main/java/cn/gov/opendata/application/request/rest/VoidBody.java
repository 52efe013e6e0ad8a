package cn.gov.opendata.application.request.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Voids a registration made by mistake: who, why (required: it is the audit trail), and on which day (today if absent). */
public record VoidBody(@NotBlank @Size(max = 200) String actor,
        @NotBlank @Size(max = 2000) String reason,
        LocalDate on) {
}
