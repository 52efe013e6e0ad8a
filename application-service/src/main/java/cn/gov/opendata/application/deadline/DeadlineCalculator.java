package cn.gov.opendata.application.deadline;

import cn.gov.opendata.application.calendar.WorkingDayCalendar;
import cn.gov.opendata.application.request.ConsultationParty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the reply deadline from a request's history (2019 条例 Art. 30–35). Pure: the same events, calendar and
 * day always give the same answer, so the due date is never stored and never drifts from the history.
 *
 * <p>The clock counts working days after its start (receipt, or the day a corrected request arrived). A pause
 * from day S to day E removes the working days in (S, E] from the count; a consultation removes at most 15
 * working days, an unpaid fee notice stops the clock with no end.
 */
public final class DeadlineCalculator {

    public static final int BASE_WORKING_DAYS = 20;
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    public static final int CONSULTATION_WORKING_DAYS = 15;
    public static final int CORRECTION_NOTICE_WORKING_DAYS = 7;

    private static final int MAX_DAYS_WALKED = 20 * 366;

    private final WorkingDayCalendar calendar;

    public DeadlineCalculator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Deadline calculate(List<ClockEvent> events, LocalDate asOf) {
        Clock clock = new Clock();
        List<DeadlineStep> steps = new ArrayList<>();
        for (ClockEvent event : events) {
            LocalDate before = clock.received == null ? null : clock.due();
            clock.apply(event);
            DeadlineStep step = clock.received == null ? null : step(event, clock, before);
            if (step != null) {
                steps.add(step);
            }
        }
        return clock.result(asOf, steps);
    }

    /** The due date of a request received on {@code receivedOn} with nothing else happening. */
    public LocalDate plainDueOn(LocalDate receivedOn, int workingDays) {
        return calendar.addWorkingDays(receivedOn, workingDays);
    }

    private DeadlineStep step(ClockEvent event, Clock clock, LocalDate before) {
        LocalDate after = clock.due();
        Integer shift = before == null || after == null ? null : signedWorkingDays(before, after);
        return switch (event.type()) {
            case REGISTERED -> event.receivedOn() == null ? null : new DeadlineStep("RECEIVED", event.receivedOn(), "Art. 31, Art. 33",
                    BASE_WORKING_DAYS, null, after, "Received on arrival; reply due 20 working days later, counting from the next working day");
            case RECEIPT_CONFIRMED -> new DeadlineStep("RECEIVED", event.on(), "Art. 31, Art. 33", BASE_WORKING_DAYS, null, after,
                    "Receipt confirmed with the applicant; reply due 20 working days later, counting from the next working day");
            case IMPORTED -> new DeadlineStep("IMPORTED", event.receivedOn(), "Art. 33",
                    null, null, after, event.dueOn() != null ? "Due date as recorded in the imported history"
                    : "Imported; due date computed from the receipt date" + (Boolean.TRUE.equals(event.extended()) ? " with a 20-working-day extension" : ""));
            case CORRECTION_NOTICE -> new DeadlineStep("CORRECTION_NOTICE", event.on(), "Art. 30", null, null, null,
                    "Correction requested; the clock stops and restarts in full when the corrected request arrives");
            case CORRECTED -> new DeadlineStep("CORRECTED", event.on(), "Art. 30", BASE_WORKING_DAYS + clock.extension, null, after,
                    "Corrected request arrived; the 20-working-day clock restarts from this day");
            case EXTENSION -> new DeadlineStep("EXTENSION", event.on(), "Art. 33", event.workingDays(), shift, after,
                    "Extension approved by the head of the disclosure unit");
            case CONSULTATION_STARTED -> new DeadlineStep("CONSULTATION_STARTED", event.on(), article(event.party()),
                    clock.lastPausedWorkingDays(), shift, after,
                    "Consulting " + (event.party() == ConsultationParty.OTHER_AGENCY ? "another agency" : "a third party")
                            + "; the clock is paused for the consultation, at most 15 working days");
            case CONSULTATION_ENDED -> new DeadlineStep("CONSULTATION_ENDED", event.on(), article(clock.lastParty), clock.lastPausedWorkingDays(), shift, after,
                    "Consultation ended; working days paused: " + clock.lastPausedWorkingDays());
            case FEE_NOTICE -> new DeadlineStep("FEE_NOTICE", event.on(), "Art. 42; 国办函〔2020〕109号", null, null, null,
                    "Fee notice sent; the clock is paused until payment");
            case FEE_PAID -> new DeadlineStep("FEE_PAID", event.on(), "Art. 42; 国办函〔2020〕109号", clock.lastPausedWorkingDays(), shift, after,
                    "Fee paid; the clock resumes. Working days paused: " + clock.lastPausedWorkingDays());
            case CUSTOM_REPLY_DATE -> new DeadlineStep("CUSTOM_REPLY_DATE", event.on(), "Art. 35", shift, shift, after,
                    "Reply date set by the agency for an unreasonable volume or frequency of requests");
            default -> null;
        };
    }

    private static String article(ConsultationParty party) {
        return party == ConsultationParty.OTHER_AGENCY ? "Art. 33" : "Art. 32";
    }

    private int signedWorkingDays(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? -calendar.workingDaysBetween(to, from) : calendar.workingDaysBetween(from, to);
    }

    /** A stretch whose working days do not count: (from, to]; {@code to == null} means no end yet. */
    private static final class Pause {
        final LocalDate from;
        LocalDate to;
        final boolean consultation;

        Pause(LocalDate from, LocalDate to, boolean consultation) {
            this.from = from;
            this.to = to;
            this.consultation = consultation;
        }

        boolean covers(LocalDate day) {
            return day.isAfter(from) && (to == null || !day.isAfter(to));
        }
    }

    /** The replayed state of one request's clock. */
    private final class Clock {
        LocalDate received;
        LocalDate start;
        int extension;
        boolean extended;
        LocalDate custom;
        LocalDate importedDue;
        LocalDate awaitingCorrectionSince;
        LocalDate concludedOn;
        ConsultationParty lastParty;
        Pause openConsultation;
        Pause openFee;
        Pause lastPause;
        final List<Pause> pauses = new ArrayList<>();

        void apply(ClockEvent e) {
            switch (e.type()) {
                case REGISTERED -> {
                    if (e.receivedOn() != null) {
                        receive(e.receivedOn());
                    }
                }
                case RECEIPT_CONFIRMED -> receive(e.on());
                case IMPORTED -> {
                    receive(e.receivedOn());
                    extended = Boolean.TRUE.equals(e.extended());
                    extension = extended ? MAX_EXTENSION_WORKING_DAYS : 0;
                    importedDue = e.dueOn();
                    concludedOn = e.concludedOn();
                }
                case CORRECTION_NOTICE -> awaitingCorrectionSince = e.on();
                case CORRECTED -> {
                    start = e.on();
                    awaitingCorrectionSince = null;
                    pauses.clear();
                }
                case EXTENSION -> {
                    extension += e.workingDays() == null ? 0 : e.workingDays();
                    extended = true;
                }
                case CONSULTATION_STARTED -> {
                    lastParty = e.party();
                    openConsultation = new Pause(e.on(), calendar.addWorkingDays(e.on(), CONSULTATION_WORKING_DAYS), true);
                    pauses.add(openConsultation);
                    lastPause = openConsultation;
                }
                case CONSULTATION_ENDED -> {
                    if (openConsultation != null) {
                        if (e.on().isBefore(openConsultation.to)) {
                            openConsultation.to = e.on().isBefore(openConsultation.from) ? openConsultation.from : e.on();
                        }
                        lastPause = openConsultation;
                        openConsultation = null;
                    }
                }
                case FEE_NOTICE -> {
                    openFee = new Pause(e.on(), null, false);
                    pauses.add(openFee);
                    lastPause = openFee;
                }
                case FEE_PAID -> {
                    if (openFee != null) {
                        openFee.to = e.on().isBefore(openFee.from) ? openFee.from : e.on();
                        lastPause = openFee;
                        openFee = null;
                    }
                }
                case CUSTOM_REPLY_DATE -> custom = e.dueOn();
                case REPLIED, ABANDONED, WITHDRAWN -> concludedOn = e.on();
                default -> {
                }
            }
        }

        void receive(LocalDate day) {
            received = day;
            start = day;
        }

        Integer lastPausedWorkingDays() {
            if (lastPause == null || lastPause.to == null) {
                return null;
            }
            return calendar.workingDaysBetween(lastPause.from, lastPause.to);
        }

        boolean counts(LocalDate day) {
            if (!calendar.isWorkingDay(day)) {
                return false;
            }
            if (awaitingCorrectionSince != null && day.isAfter(awaitingCorrectionSince)) {
                return false;
            }
            for (Pause p : pauses) {
                if (p.covers(day)) {
                    return false;
                }
            }
            return true;
        }

        /** The day the clock runs out, or null when it stands still with no end in sight. */
        LocalDate due() {
            if (received == null) {
                return null;
            }
            if (custom != null) {
                return custom;
            }
            if (importedDue != null) {
                return importedDue;
            }
            LocalDate stop = awaitingCorrectionSince;
            if (openFee != null && (stop == null || openFee.from.isBefore(stop))) {
                stop = openFee.from;
            }
            int limit = BASE_WORKING_DAYS + extension;
            int count = 0;
            LocalDate day = start;
            for (int walked = 0; count < limit; walked++) {
                day = day.plusDays(1);
                if (stop != null && day.isAfter(stop)) {
                    return null;
                }
                if (walked > MAX_DAYS_WALKED) {
                    throw new IllegalStateException("Deadline walk did not end");
                }
                if (counts(day)) {
                    count++;
                }
            }
            return day;
        }

        /** Working days on the clock in (from, to]. */
        int clockDays(LocalDate from, LocalDate to) {
            int count = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (counts(d)) {
                    count++;
                }
            }
            return count;
        }

        Deadline result(LocalDate asOf, List<DeadlineStep> steps) {
            int limit = BASE_WORKING_DAYS + extension;
            if (received == null) {
                return new Deadline(asOf, null, null, BASE_WORKING_DAYS, extension, extended, custom, null,
                        false, null, null, false, concludedOn, null, null, List.copyOf(steps));
            }
            LocalDate due = due();
            if (concludedOn != null) {
                int taken = clockDays(start, concludedOn);
                boolean within = due == null || !concludedOn.isAfter(due);
                Timeliness timeliness = !within ? Timeliness.LATE : extended ? Timeliness.AFTER_EXTENSION : Timeliness.ON_TIME;
                return new Deadline(asOf, received, start, BASE_WORKING_DAYS, extension, extended, custom, due,
                        false, null, null, false, concludedOn, taken, timeliness, List.copyOf(steps));
            }
            String pausedBy = null;
            if (awaitingCorrectionSince != null) {
                pausedBy = "CORRECTION";
            } else if (openFee != null && asOf.isAfter(openFee.from)) {
                pausedBy = "FEE";
            } else if (openConsultation != null && openConsultation.covers(asOf)) {
                pausedBy = "CONSULTATION";
            }
            int elapsed = clockDays(start, asOf);
            Integer left;
            boolean overdue = false;
            if (due != null) {
                overdue = asOf.isAfter(due);
                left = overdue ? -calendar.workingDaysBetween(due, asOf) : clockDays(asOf, due);
            } else if (awaitingCorrectionSince != null) {
                left = limit;
            } else {
                left = Math.max(0, limit - elapsed);
            }
            return new Deadline(asOf, received, start, BASE_WORKING_DAYS, extension, extended, custom, due,
                    pausedBy != null, pausedBy, left, overdue, null, elapsed, null, List.copyOf(steps));
        }
    }
}
