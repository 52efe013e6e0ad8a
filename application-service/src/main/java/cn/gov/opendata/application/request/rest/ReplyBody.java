package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.request.Outcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The reply that concludes the request; {@code publishedAt} only for ALREADY_PUBLIC. */
public record ReplyBody(@NotBlank @Size(max = 200) String actor,
        @Size(max = 2000) String reason,
        @NotNull LocalDate on,
        @NotNull Outcome outcome,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal feeChargedYuan,
        @Valid PublishedAt publishedAt) {
}
