package cn.gov.opendata.report.narrative.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** One supplementary figure; {@code value} is a decimal (JSON string or number), printed as entered. */
public record FigureEntry(
        @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,63}$", message = "must be an UPPER_SNAKE code") String key,
        @NotBlank @Size(max = 200) String label,
        @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @Digits(integer = 15, fraction = 4, message = "must have at most 15 digits before the point and 4 after") BigDecimal value,
        @Size(max = 20) String unit) {
}
