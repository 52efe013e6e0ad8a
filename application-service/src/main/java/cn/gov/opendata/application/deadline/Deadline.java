package cn.gov.opendata.application.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * The reply deadline derived from a request's history as of a given day.
 *
 * @param dueOn            null before receipt and while the clock is stopped without a known end (awaiting
 *                         correction or payment)
 * @param workingDaysLeft  working days from {@code asOf} to the due date, negative when overdue; null once concluded
 *                         or before receipt
 * @param workingDaysTaken working days on the clock from receipt to conclusion (or to {@code asOf}), paused days excluded
 * @param timeliness       only for a concluded request
 */
public record Deadline(LocalDate asOf, LocalDate receivedOn, LocalDate clockStartsOn, int baseWorkingDays,
                       int extensionWorkingDays, boolean extended, LocalDate customReplyDate, LocalDate dueOn,
                       boolean paused, String pausedBy, Integer workingDaysLeft, boolean overdue,
                       LocalDate concludedOn, Integer workingDaysTaken, Timeliness timeliness, List<DeadlineStep> steps) {
}
