package cn.gov.opendata.application.deadline;

import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;

import java.time.LocalDate;

/**
 * What the deadline arithmetic needs from one history entry. {@code receivedOn} is set on a REGISTERED event
 * when the legal receipt coincides with arrival and on IMPORTED; {@code dueOn} carries an Art. 35 date or an
 * imported due date; {@code concludedOn} is the conclusion of an imported record.
 */
public record ClockEvent(EventType type, LocalDate on, LocalDate receivedOn, Integer workingDays,
                         ConsultationParty party, LocalDate dueOn, Boolean extended, LocalDate concludedOn) {

    public static ClockEvent of(EventType type, LocalDate on) {
        return new ClockEvent(type, on, null, null, null, null, null, null);
    }

    public static ClockEvent received(LocalDate on) {
        return of(EventType.RECEIPT_CONFIRMED, on);
    }

    public static ClockEvent extension(LocalDate on, int workingDays) {
        return new ClockEvent(EventType.EXTENSION, on, null, workingDays, null, null, null, null);
    }

    public static ClockEvent consultation(LocalDate on, ConsultationParty party) {
        return new ClockEvent(EventType.CONSULTATION_STARTED, on, null, null, party, null, null, null);
    }

    public static ClockEvent customReplyDate(LocalDate on, LocalDate date) {
        return new ClockEvent(EventType.CUSTOM_REPLY_DATE, on, null, null, null, date, null, null);
    }

    public static ClockEvent imported(LocalDate receivedOn, LocalDate dueOn, boolean extended, LocalDate concludedOn) {
        return new ClockEvent(EventType.IMPORTED, null, receivedOn, null, null, dueOn, extended, concludedOn);
    }
}
