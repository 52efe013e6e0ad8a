package cn.gov.opendata.application.request.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The one extension (Art. 33 para. 2): up to 20 working days, approved by the head of the disclosure unit. */
public record ExtensionBody(@NotBlank @Size(max = 200) String actor,
        @Size(max = 2000) String reason,
        @NotNull @Min(1) @Max(20) Integer workingDays,
        @NotBlank @Size(max = 200) String approvedBy,
        LocalDate on) {
}
