package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.deadline.ClockEvent;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.RequestEvent;

import java.util.List;

/** Maps stored history to the deadline arithmetic's input. */
public final class ClockEvents {

    private ClockEvents() {
    }

    public static ClockEvent of(RequestEvent e) {
        return new ClockEvent(e.type, e.on, e.receivedOn, e.workingDays, e.party,
                e.type == EventType.CUSTOM_REPLY_DATE || e.type == EventType.IMPORTED ? e.dueOn : null,
                e.extended, e.concludedOn);
    }

    public static List<ClockEvent> of(List<RequestEvent> events) {
        return events.stream().map(ClockEvents::of).toList();
    }
}
