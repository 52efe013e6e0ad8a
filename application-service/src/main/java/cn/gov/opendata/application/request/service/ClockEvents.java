package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.deadline.ClockEvent;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.RequestEvent;

import java.time.LocalDate;
import java.util.List;

/** Maps stored history to the deadline arithmetic's input. */
public final class ClockEvents {

    private ClockEvents() {
    }

    public static ClockEvent of(RequestEvent e) {
        return of(e.type, e.on, e.receivedOn, e.workingDays, e.party, e.dueOn, e.extended, e.concludedOn);
    }

    /** The same from the stored columns (read without loading the entity): a due date counts only where it binds. */
    public static ClockEvent of(EventType type, LocalDate on, LocalDate receivedOn, Integer workingDays, ConsultationParty party,
                                LocalDate dueOn, Boolean extended, LocalDate concludedOn) {
        return new ClockEvent(type, on, receivedOn, workingDays, party,
                type == EventType.CUSTOM_REPLY_DATE || type == EventType.IMPORTED ? dueOn : null, extended, concludedOn);
    }

    public static List<ClockEvent> of(List<RequestEvent> events) {
        return events.stream().map(ClockEvents::of).toList();
    }
}
