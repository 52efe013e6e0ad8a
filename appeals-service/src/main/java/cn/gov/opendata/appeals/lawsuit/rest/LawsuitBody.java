package cn.gov.opendata.appeals.lawsuit.rest;

import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.appeals.common.rest.Codes;
import cn.gov.opendata.appeals.common.rest.RequestRef;
import cn.gov.opendata.appeals.lawsuit.Route;
import cn.gov.opendata.appeals.outcome.CaseResult;
import cn.gov.opendata.appeals.outcome.ResultKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A lawsuit as sent and returned. result, resultKind and decidedOn describe the first-instance
 * judgment; {@code reconsideration} is only allowed on the AFTER_RECONSIDERATION route.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LawsuitBody(
        @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
        @Size(min = 1, max = 100) @Pattern(regexp = Codes.CASE_NUMBER, message = Codes.CASE_NUMBER_MESSAGE) String caseNumber,
        @NotNull LocalDate filedOn,
        @NotNull Route route,
        @Valid CaseRef reconsideration,
        @Size(max = 200) String court,
        @Valid RequestRef request,
        CaseResult result,
        ResultKind resultKind,
        LocalDate decidedOn,
        List<@NotNull @Valid AppealBody> appeals,
        @PositiveOrZero Long version) {

    public LawsuitBody withKey(String agency, String caseNumber) {
        return new LawsuitBody(agency, caseNumber, filedOn, route, reconsideration, court, request, result, resultKind,
                decidedOn, appeals, version);
    }

    public List<AppealBody> appealsOrEmpty() {
        return appeals == null ? List.of() : appeals;
    }
}
