package cn.gov.opendata.appeals.lawsuit.rest;

import cn.gov.opendata.platform.params.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The reconsideration a lawsuit followed, by its natural key; it need not be recorded here (yet). */
public record CaseRef(
        @NotNull @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
        @NotBlank @Size(max = 100) String caseNumber) {
}
