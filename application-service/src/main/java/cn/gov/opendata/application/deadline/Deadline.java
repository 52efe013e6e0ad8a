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
 * @param law              the regulation in force on the receipt date, which sets the periods and the articles
 * @param provisional      the due date was counted through a year whose official holiday notice is not on record
 * @param provisionalNote  why, in plain words, when provisional
 */
public record Deadline(LocalDate asOf, LocalDate receivedOn, LocalDate clockStartsOn, int baseWorkingDays,
                       int extensionWorkingDays, boolean extended, LocalDate customReplyDate, LocalDate dueOn,
                       boolean paused, String pausedBy, Integer workingDaysLeft, boolean overdue,
                       LocalDate concludedOn, Integer workingDaysTaken, Timeliness timeliness, List<DeadlineStep> steps,
                       LawInForce law, boolean provisional, String provisionalNote) {

    static String provisionalNote(LocalDate due) {
        return "暂定：期限经过的年份尚无国务院办公厅节假日安排通知，按《全国年节及纪念日放假办法》规定的法定节假日估算，"
                + "调休上班日和调休放假日无法预知；通知录入后答复期限（" + due + "）将随之重新计算";
    }
}
