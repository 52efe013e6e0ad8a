package cn.gov.opendata.appeals.common.rest;

import cn.gov.opendata.platform.params.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The disclosure request a case concerns, by its natural key in the application-service. */
public record RequestRef(
        @NotNull @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
        @NotBlank @Size(max = 100) String trackingNumber) {
}
