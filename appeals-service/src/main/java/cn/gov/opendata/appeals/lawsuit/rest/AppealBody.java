package cn.gov.opendata.appeals.lawsuit.rest;

import cn.gov.opendata.appeals.outcome.CaseResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A later instance of a lawsuit (2 = appeal, 3 = retrial …): not a case of its own; the latest decision by the year end
 * gives the lawsuit's result. A result needs its decidedOn and a decidedOn its result.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppealBody(
        @NotNull @Min(2) @Max(9) Integer instance,
        @Size(max = 200) String court,
        LocalDate decidedOn,
        CaseResult result) {
}
