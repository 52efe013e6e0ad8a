package cn.gov.opendata.application.deadline.rest;

import cn.gov.opendata.application.request.RequestStatus;

import java.time.LocalDate;

/**
 * Something an office must do on an open request (no personal data), as of the day asked:
 * <ul>
 *   <li>REPLY_DUE — the reply falls due within the asked working days, or is overdue ({@code actionBy} = due date);</li>
 *   <li>CORRECTION_NOTICE_CLOSING — the 7 working days for the one correction notice (Art. 30) are about to close;</li>
 *   <li>CORRECTION_LAPSED / PAYMENT_LAPSED — the applicant's window ran out on {@code actionBy}: record the abandonment,
 *       which is dated that day;</li>
 *   <li>CONSULTATION_OVERDUE — a consultation is past its 15 working days (Art. 32, 34): decide without the answer;</li>
 *   <li>UNCONFIRMED — an online, fax or ordinary-post request never confirmed with the applicant (Art. 31).</li>
 * </ul>
 * {@code provisional}: the due date was counted through a year whose official calendar is not on record.
 */
public record DeadlineItem(long id, String agency, String trackingNumber, RequestStatus status, LocalDate receivedOn,
                           LocalDate dueOn, Integer workingDaysLeft, boolean overdue, boolean extended, String kind,
                           LocalDate actionBy, boolean provisional) {
}
