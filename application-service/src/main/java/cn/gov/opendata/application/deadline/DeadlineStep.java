package cn.gov.opendata.application.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * One event that set, moved or paused the reply clock: {@code workingDays} is the step's own amount (days
 * granted, paused or set), {@code shiftWorkingDays} how far the due date moved, {@code dueOn} the due date after
 * it (null while the clock stands still with no end in sight).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineStep(String type, LocalDate on, String article, Integer workingDays, Integer shiftWorkingDays,
                           LocalDate dueOn, String explanation) {
}
