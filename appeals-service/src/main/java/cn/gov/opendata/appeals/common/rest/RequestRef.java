package cn.gov.opendata.appeals.common.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The disclosure request a case concerns, by its natural key in the application-service. */
public record RequestRef(
        @NotNull @Pattern(regexp = Codes.AGENCY, message = Codes.AGENCY_MESSAGE) String agency,
        @NotBlank @Size(max = 100) String trackingNumber) {
}
