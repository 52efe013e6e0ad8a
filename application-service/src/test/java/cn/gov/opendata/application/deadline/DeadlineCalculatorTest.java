package cn.gov.opendata.application.deadline;

import cn.gov.opendata.application.calendar.OfficialCalendar;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected dates were counted by hand on the official 2018/2019 calendars. Requests received in 2018 are governed by the
 * 2008 条例 (15 working days, one extension of up to 15; its Art. 24): each date is the 2019-rule date five working days
 * earlier.
 */
class DeadlineCalculatorTest {

    static final DeadlineCalculator CALC = new DeadlineCalculator(OfficialCalendar.calendar(new ObjectMapper()));

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static ClockEvent ev(EventType type, String on) {
        return ClockEvent.of(type, d(on));
    }

    @Test
    void unreceivedRequestHasNoDueDate() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.of(EventType.REGISTERED, d("2018-09-28"))), d("2018-10-01"));
        assertNull(deadline.dueOn());
        assertNull(deadline.workingDaysLeft());
        assertTrue(deadline.steps().isEmpty());
    }

    @Test
    void dueTwentyWorkingDaysAfterReceiptAcrossNationalDay() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2018-09-28"))), d("2018-09-28"));
        assertEquals(d("2018-10-24"), deadline.dueOn());
        assertEquals(15, deadline.workingDaysLeft());
        assertFalse(deadline.overdue());
        assertEquals("第24条", deadline.steps().get(0).article());
    }

    @Test
    void receiptOnArrivalStartsTheClock() {
        ClockEvent registered = new ClockEvent(EventType.REGISTERED, d("2018-02-07"), d("2018-02-07"), null, null, null, null, null);
        assertEquals(d("2018-03-05"), CALC.calculate(List.of(registered), d("2018-02-07")).dueOn());
    }

    @Test
    void workingDaysLeftCountsDownAndGoesNegativeWhenOverdue() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2018-09-28")));
        assertEquals(1, CALC.calculate(events, d("2018-10-23")).workingDaysLeft());
        assertEquals(0, CALC.calculate(events, d("2018-10-24")).workingDaysLeft());
        Deadline late = CALC.calculate(events, d("2018-10-26"));
        assertTrue(late.overdue());
        assertEquals(-2, late.workingDaysLeft());
    }

    @Test
    void extensionAddsWorkingDaysToTheDueDate() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2018-09-28")), ClockEvent.extension(d("2018-10-25"), 20)), d("2018-10-25"));
        assertEquals(d("2018-11-21"), deadline.dueOn());
        assertTrue(deadline.extended());
        DeadlineStep step = deadline.steps().get(1);
        assertEquals("第24条", step.article());
        assertEquals(20, step.shiftWorkingDays());
    }

    @Test
    void consultationPausesTheClockAcrossHolidays() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2018-09-17")),
                ClockEvent.consultation(d("2018-09-19"), ConsultationParty.THIRD_PARTY),
                ev(EventType.CONSULTATION_ENDED, "2018-10-12"));
        Deadline deadline = CALC.calculate(events, d("2018-10-12"));
        assertEquals(d("2018-10-31"), deadline.dueOn());
        DeadlineStep ended = deadline.steps().get(2);
        assertEquals("第23条、第24条", ended.article());
        assertEquals(13, ended.workingDays());
        assertEquals(-2, ended.shiftWorkingDays());
    }

    @Test
    void openConsultationProjectsTheFullFifteenDayPause() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2018-09-17")),
                ClockEvent.consultation(d("2018-09-19"), ConsultationParty.OTHER_AGENCY));
        Deadline deadline = CALC.calculate(events, d("2018-09-20"));
        assertEquals(d("2018-11-02"), deadline.dueOn());
        assertTrue(deadline.paused());
        assertEquals("CONSULTATION", deadline.pausedBy());
        assertEquals("第24条", deadline.steps().get(1).article());
        assertEquals(15, deadline.steps().get(1).shiftWorkingDays());
    }

    @Test
    void consultationCountsAtMostFifteenWorkingDays() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2018-09-17")),
                ClockEvent.consultation(d("2018-09-19"), ConsultationParty.THIRD_PARTY),
                ev(EventType.CONSULTATION_ENDED, "2018-11-30"));
        assertEquals(d("2018-11-02"), CALC.calculate(events, d("2018-11-30")).dueOn());
    }

    @Test
    void correctionRestartsTheClockFromTheCorrectedDay() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2018-09-28")),
                ev(EventType.CORRECTION_NOTICE, "2018-10-08"),
                ev(EventType.CORRECTED, "2018-10-15"));
        Deadline deadline = CALC.calculate(events, d("2018-10-15"));
        assertEquals(d("2018-11-05"), deadline.dueOn());
        assertEquals(d("2018-10-15"), deadline.clockStartsOn());
        assertEquals("第21条", deadline.steps().get(2).article());
    }

    @Test
    void awaitingCorrectionHasNoDueDate() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2018-09-28")), ev(EventType.CORRECTION_NOTICE, "2018-10-08"));
        Deadline deadline = CALC.calculate(events, d("2018-12-01"));
        assertNull(deadline.dueOn());
        assertTrue(deadline.paused());
        assertEquals("CORRECTION", deadline.pausedBy());
        assertFalse(deadline.overdue());
        assertEquals(15, deadline.workingDaysLeft());
    }

    @Test
    void unpaidFeeStopsTheClockAndPaymentResumesIt() {
        List<ClockEvent> notice = List.of(ClockEvent.received(d("2018-09-28")), ev(EventType.FEE_NOTICE, "2018-10-10"));
        Deadline waiting = CALC.calculate(notice, d("2018-10-12"));
        assertNull(waiting.dueOn());
        assertEquals("FEE", waiting.pausedBy());
        assertEquals(10, waiting.workingDaysLeft()); // 5 used: 09-29, 09-30, 10-08, 10-09, 10-10

        List<ClockEvent> paid = List.of(notice.get(0), notice.get(1), ev(EventType.FEE_PAID, "2018-10-17"));
        Deadline resumed = CALC.calculate(paid, d("2018-10-17"));
        assertEquals(d("2018-10-31"), resumed.dueOn());
        assertEquals(5, resumed.steps().get(2).workingDays());
    }

    @Test
    void customReplyDateReplacesTheComputedDate() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2018-09-28")), ClockEvent.customReplyDate(d("2018-10-09"), d("2018-12-14")));
        Deadline deadline = CALC.calculate(events, d("2018-10-09"));
        assertEquals(d("2018-12-14"), deadline.dueOn());
        assertEquals("第35条", deadline.steps().get(1).article());
    }

    @Test
    void replyByTheDueDateIsOnTime() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2018-09-28")), ev(EventType.REPLIED, "2018-10-24")), d("2019-01-01"));
        assertEquals(Timeliness.ON_TIME, deadline.timeliness());
        assertEquals(15, deadline.workingDaysTaken());
        assertNull(deadline.workingDaysLeft());
    }

    @Test
    void replyAfterTheDueDateIsLate() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2018-09-28")), ev(EventType.REPLIED, "2018-11-01")), d("2019-01-01"));
        assertEquals(Timeliness.LATE, deadline.timeliness());
        assertEquals(21, deadline.workingDaysTaken());
    }

    @Test
    void extendedReplyWithinTheExtensionCountsAfterExtension() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2018-09-28")), ClockEvent.extension(d("2018-10-20"), 10),
                ev(EventType.REPLIED, "2018-11-07")), d("2019-01-01"));
        assertEquals(Timeliness.AFTER_EXTENSION, deadline.timeliness());
        assertEquals(d("2018-11-07"), deadline.dueOn());
    }

    @Test
    void workingDaysTakenExcludePausedDays() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2018-09-17")),
                ClockEvent.consultation(d("2018-09-19"), ConsultationParty.THIRD_PARTY),
                ev(EventType.CONSULTATION_ENDED, "2018-10-12"), ev(EventType.REPLIED, "2018-10-19")), d("2019-01-01"));
        assertEquals(7, deadline.workingDaysTaken()); // 09-18, 09-19, then 10-15..10-19
        assertEquals(Timeliness.ON_TIME, deadline.timeliness());
    }

    @Test
    void abandonedWhileAwaitingPaymentIsNotLate() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2018-09-28")), ev(EventType.FEE_NOTICE, "2018-10-10"),
                ev(EventType.ABANDONED, "2018-12-20")), d("2019-01-01"));
        assertEquals(Timeliness.ON_TIME, deadline.timeliness());
        assertEquals(5, deadline.workingDaysTaken());
    }

    @Test
    void importedRecordKeepsItsOwnDueDate() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.imported(d("2018-03-01"), d("2018-03-22"), false, d("2018-03-23"))), d("2019-01-01"));
        assertEquals(d("2018-03-22"), deadline.dueOn());
        assertEquals(Timeliness.LATE, deadline.timeliness());
    }

    @Test
    void importedExtendedRecordWithoutDueDateGetsFortyWorkingDays() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.imported(d("2018-12-27"), null, true, null)), d("2019-01-02"));
        assertEquals(d("2019-02-13"), deadline.dueOn());
        assertEquals(27, deadline.workingDaysLeft());
    }
}
