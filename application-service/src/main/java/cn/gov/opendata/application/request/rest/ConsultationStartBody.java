package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.request.ConsultationParty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Consultation of a third party (Art. 32) or another agency (Art. 34) began on {@code on}; the clock pauses. */
public record ConsultationStartBody(@NotBlank @Size(max = 200) String actor,
        @Size(max = 2000) String reason,
        @NotNull LocalDate on,
        @NotNull ConsultationParty party) {
}
