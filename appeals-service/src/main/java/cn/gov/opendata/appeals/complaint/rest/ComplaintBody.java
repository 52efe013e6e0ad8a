package cn.gov.opendata.appeals.complaint.rest;

import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.appeals.common.rest.Codes;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A complaint as sent and returned; {@code result} is free text (how it was handled), optional.
 * The natural key (agency, referenceNumber) may be left out of a PUT body but is required elsewhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintBody(
        @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
        @Size(min = 1, max = 100) @Pattern(regexp = Codes.CASE_NUMBER, message = Codes.CASE_NUMBER_MESSAGE) String referenceNumber,
        @NotNull LocalDate receivedOn,
        @NotBlank @Size(max = 500) String subject,
        @Size(max = 2000) String result,
        @PositiveOrZero Long version) {

    public ComplaintBody withKey(String agency, String referenceNumber) {
        return new ComplaintBody(agency, referenceNumber, receivedOn, subject, result, version);
    }
}
