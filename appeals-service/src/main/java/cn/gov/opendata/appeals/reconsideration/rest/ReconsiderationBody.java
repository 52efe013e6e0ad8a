package cn.gov.opendata.appeals.reconsideration.rest;

import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.appeals.common.rest.Codes;
import cn.gov.opendata.appeals.common.rest.RequestRef;
import cn.gov.opendata.appeals.outcome.CaseResult;
import cn.gov.opendata.appeals.outcome.ResultKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A reconsideration as sent and returned. The natural key (agency, caseNumber) may be left out of a
 * PUT body (the path carries it) but is required on POST and in import lines; result, resultKind and
 * decidedOn stay empty until the case is decided.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReconsiderationBody(
        @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
        @Size(min = 1, max = 100) @Pattern(regexp = Codes.CASE_NUMBER, message = Codes.CASE_NUMBER_MESSAGE) String caseNumber,
        @NotNull LocalDate filedOn,
        @Valid RequestRef request,
        CaseResult result,
        ResultKind resultKind,
        LocalDate decidedOn,
        @PositiveOrZero Long version) {
}
