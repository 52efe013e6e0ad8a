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
        // recounted by hand (国办发明电〔2017〕12号: 10-01..10-07 off, Sat 09-29 and Sun 09-30 worked): 09-29, 09-30,
        // 10-08..10-12 (7), 10-15..10-19 (12), 10-22, 10-23, 10-24 (15)
        assertEquals(d("2018-10-24"), deadline.dueOn());
        assertEquals(15, deadline.workingDaysLeft());
        assertFalse(deadline.overdue());
        assertEquals("第24条", deadline.steps().get(0).article());
    }

    @Test
    void receiptOnArrivalStartsTheClock() {
        ClockEvent registered = new ClockEvent(EventType.REGISTERED, d("2018-02-07"), d("2018-02-07"), null, null, null, null, null);
        // recounted by hand (春节 02-15..02-21 off, Sun 02-11 and Sat 02-24 worked): 02-08, 02-09, 02-11, 02-12..02-14 (6),
        // 02-22, 02-23, 02-24 (9), 02-26..03-02 (14), 03-05 (15)
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
        // recounted by hand: 20 working days after 10-24 — 10-25, 10-26, 10-29..11-02 (7), 11-05..11-16 (17), 11-19..11-21
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
        // recounted by hand: 09-18, 09-19 used (2); paused 09-20, 09-21, 09-25..09-28 (中秋 09-24 off), 09-29, 09-30
        // (worked), 10-08..10-12 = 13; the other 13 after 10-12: 10-15..10-19, 10-22..10-26, 10-29..10-31
        assertEquals(d("2018-10-31"), deadline.dueOn());
        DeadlineStep ended = deadline.steps().get(2);
        assertEquals("第23条、第24条", ended.article());
        assertEquals(13, ended.workingDays());
        // under the 2008 条例 an open consultation had no projected end (as an unpaid fee), so no shift against it
        assertNull(ended.shiftWorkingDays());
    }

    @Test
    void openConsultationProjectsTheFullFifteenDayPause() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2023-03-01")),
                ClockEvent.consultation(d("2023-03-03"), ConsultationParty.OTHER_AGENCY));
        Deadline deadline = CALC.calculate(events, d("2023-03-06"));
        // recounted by hand (2019 条例, 20 days; 清明 04-05 off): 03-02, 03-03 used (2); paused 03-06..03-24 (15);
        // 18 more: 03-27..03-31 (5), 04-03, 04-04, 04-06, 04-07 (9), 04-10..04-14 (14), 04-17..04-20 (18)
        assertEquals(d("2023-04-20"), deadline.dueOn());
        assertTrue(deadline.paused());
        assertEquals("CONSULTATION", deadline.pausedBy());
        assertEquals("第34条、第33条第3款", deadline.steps().get(1).article());
        assertEquals(15, deadline.steps().get(1).shiftWorkingDays());
    }

    @Test
    void consultationCountsAtMostFifteenWorkingDaysUnderThe2019Regulation() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2023-03-01")),
                ClockEvent.consultation(d("2023-03-03"), ConsultationParty.THIRD_PARTY),
                ev(EventType.CONSULTATION_ENDED, "2023-04-28"));
        assertEquals(d("2023-04-20"), CALC.calculate(events, d("2023-04-28")).dueOn());
    }

    @Test
    void underThe2008RegulationTheWholeConsultationIsNotCounted() {
        List<ClockEvent> started = List.of(ClockEvent.received(d("2018-09-17")),
                ClockEvent.consultation(d("2018-09-19"), ConsultationParty.THIRD_PARTY));
        // old Art. 24 sets the third party no period: while it is open the clock stands with no end in sight
        Deadline open = CALC.calculate(started, d("2018-11-20"));
        assertNull(open.dueOn());
        assertEquals("CONSULTATION", open.pausedBy());
        assertFalse(open.overdue());
        List<ClockEvent> ended = new java.util.ArrayList<>(started);
        ended.add(ev(EventType.CONSULTATION_ENDED, "2018-11-30"));
        // recounted by hand: 09-18, 09-19 used (2); paused to 11-30; 13 more: 12-03..12-07 (5), 12-10..12-14 (10),
        // 12-17, 12-18, 12-19 (13)
        Deadline deadline = CALC.calculate(ended, d("2018-11-30"));
        assertEquals(d("2018-12-19"), deadline.dueOn());
        assertEquals(Integer.valueOf(48), deadline.steps().get(2).workingDays()); // 09-20..11-30 on the 2018 calendar
    }

    @Test
    void correctionRestartsTheClockFromTheCorrectedDay() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2018-09-28")),
                ev(EventType.CORRECTION_NOTICE, "2018-10-08"),
                ev(EventType.CORRECTED, "2018-10-15"));
        Deadline deadline = CALC.calculate(events, d("2018-10-15"));
        // recounted by hand: 15 after 10-15 — 10-16..10-19 (4), 10-22..10-26 (9), 10-29..11-02 (14), 11-05
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
        // recounted by hand: paused 10-11, 10-12, 10-15..10-17 (5); the 10 left after 10-17: 10-18, 10-19, 10-22..10-26, 10-29..10-31
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

    // 2019 条例, received Monday 2025-03-03 (law's date 03-31); on 03-10 an Art. 35 date of Friday 05-30 is set. Days
    // off on the 2025 notice: 清明 04-04..04-06, 劳动节 05-01..05-05 (Sun 04-27 worked), 端午 05-31..06-02.
    static final List<ClockEvent> ART_35_2025 = List.of(ClockEvent.received(d("2025-03-03")),
            ClockEvent.customReplyDate(d("2025-03-10"), d("2025-05-30")));

    /** A history and what is recorded after it. */
    static List<ClockEvent> then(List<ClockEvent> history, ClockEvent... later) {
        List<ClockEvent> events = new java.util.ArrayList<>(history);
        events.addAll(List.of(later));
        return events;
    }

    @Test
    void aFeePauseAfterAnArt35DateMovesItByTheWorkingDaysPaused() {
        Deadline deadline = CALC.calculate(then(ART_35_2025, ev(EventType.FEE_NOTICE, "2025-03-17"), ev(EventType.FEE_PAID, "2025-03-21")),
                d("2025-03-21"));
        // paused 03-18..03-21 (4); 05-30 plus 4: 06-03, 06-04, 06-05, 06-06
        assertEquals(d("2025-06-06"), deadline.dueOn());
        assertEquals(d("2025-05-30"), deadline.customReplyDate());
        assertEquals(4, deadline.steps().get(3).workingDays());
        // unpaid, the clock stands with no end
        assertNull(CALC.calculate(then(ART_35_2025, ev(EventType.FEE_NOTICE, "2025-03-17")), d("2025-03-21")).dueOn());
    }

    @Test
    void aConsultationAfterAnArt35DateMovesItByTheWorkingDaysItTook() {
        Deadline deadline = CALC.calculate(then(ART_35_2025, ClockEvent.consultation(d("2025-04-01"), ConsultationParty.THIRD_PARTY),
                ev(EventType.CONSULTATION_ENDED, "2025-04-10")), d("2025-04-10"));
        // paused 04-02, 04-03, 04-07..04-10 (6; 04-04 off); 05-30 plus 6: 06-03..06-06, 06-09, 06-10
        assertEquals(d("2025-06-10"), deadline.dueOn());
    }

    @Test
    void theRestOfAConsultationUnderWayWhenTheArt35DateIsSetMovesIt() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2025-03-03")),
                ClockEvent.consultation(d("2025-03-05"), ConsultationParty.THIRD_PARTY),
                ClockEvent.customReplyDate(d("2025-03-10"), d("2025-05-30")));
        // open, it is projected to its 15th working day, 03-26: 03-11..03-26 stand (12); 05-30 plus 12: 06-03..06-06,
        // 06-09..06-13, 06-16..06-18
        assertEquals(d("2025-06-18"), CALC.calculate(events, d("2025-03-10")).dueOn());
        List<ClockEvent> ended = then(events, ev(EventType.CONSULTATION_ENDED, "2025-03-12"));
        // ended on 03-12: 03-11 and 03-12 stood (2)
        assertEquals(d("2025-06-04"), CALC.calculate(ended, d("2025-03-12")).dueOn());
        // and a later pause moves it further: paused 04-02, 04-03, 04-07..04-10 (6)
        assertEquals(d("2025-06-12"), CALC.calculate(then(ended, ev(EventType.FEE_NOTICE, "2025-04-01"),
                ev(EventType.FEE_PAID, "2025-04-10")), d("2025-04-10")).dueOn());
    }

    @Test
    void whileAFeeNoticeAfterAnArt35DateIsUnpaidTheWorkingDaysLeftStandStill() {
        Deadline waiting = CALC.calculate(then(ART_35_2025, ev(EventType.FEE_NOTICE, "2025-03-17")), d("2025-03-21"));
        assertEquals("FEE", waiting.pausedBy());
        // 56 working days in (03-10, 05-30] (劳动节 05-01..05-05 off, Sun 04-27 worked); 03-11..03-14 and 03-17 ran (5)
        assertEquals(51, waiting.workingDaysLeft());
    }

    @Test
    void anArt35DateOnADayOffStaysThereWhenNothingStood() {
        List<ClockEvent> events = List.of(ClockEvent.received(d("2025-03-03")), ClockEvent.customReplyDate(d("2025-03-10"), d("2025-05-25")));
        assertEquals(d("2025-05-25"), CALC.calculate(events, d("2025-03-10")).dueOn());
    }

    @Test
    void anArt35DateIsProvisionalOnlyOnceCountedThroughAYearWithoutItsNotice() {
        List<ClockEvent> set = List.of(ClockEvent.received(d("2026-11-02")), ClockEvent.customReplyDate(d("2026-11-10"), d("2027-03-10")));
        Deadline given = CALC.calculate(set, d("2026-11-10"));
        assertEquals(d("2027-03-10"), given.dueOn());
        assertFalse(given.provisional(), "a date as the agency set it is no estimate");
        Deadline counted = CALC.calculate(then(set, ev(EventType.FEE_NOTICE, "2026-11-16"), ev(EventType.FEE_PAID, "2026-11-20")),
                d("2026-11-20"));
        // paused 11-17..11-20 (4); 03-10 plus 4 on the estimated 2027 calendar: 03-11, 03-12, 03-15, 03-16
        assertEquals(d("2027-03-16"), counted.dueOn());
        assertTrue(counted.provisional());
    }

    @Test
    void aCorrectionEndsAnArt35DateAndTheLawsPeriodRunsAfresh() {
        List<ClockEvent> awaiting = List.of(ClockEvent.received(d("2025-03-03")), ClockEvent.customReplyDate(d("2025-03-05"), d("2025-05-30")),
                ev(EventType.CORRECTION_NOTICE, "2025-03-11"));
        Deadline waiting = CALC.calculate(awaiting, d("2025-03-14"));
        assertNull(waiting.dueOn());
        assertEquals(20, waiting.workingDaysLeft(), "the law's period is what runs again from the corrected request");
        Deadline deadline = CALC.calculate(then(awaiting, ev(EventType.CORRECTED, "2025-03-25")), d("2025-03-25"));
        // 20 working days from 03-25: 03-26..03-28 (3), 03-31..04-03 (7), 04-07..04-11 (12), 04-14..04-18 (17), 04-21..04-23
        assertEquals(d("2025-04-23"), deadline.dueOn());
        assertNull(deadline.customReplyDate());
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
        assertEquals(21, deadline.workingDaysTaken()); // by hand: 15 to 10-24, then 10-25, 10-26, 10-29..11-01
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
    void importedExtendedRecordOf2018WithoutDueDateGetsThirtyWorkingDays() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.imported(d("2018-12-27"), null, true, null)), d("2019-01-02"));
        // 2008 条例 (15 + 15), recounted by hand: 12-28, Sat 12-29 (worked; 12-30..01-01 off), 01-02..01-04 (5),
        // four full weeks to 02-01 (25), Sat 02-02 and Sun 02-03 (worked; 春节 02-04..02-10 off), 02-11..02-13 (30)
        assertEquals(d("2019-02-13"), deadline.dueOn());
        // after 01-02: 01-03, 01-04, four weeks (22), 02-02, 02-03, 02-11..02-13
        assertEquals(27, deadline.workingDaysLeft());
    }

    /**
     * An open imported request handled on here. Its recorded due date, 03-28, is 19 working days after receipt, not the
     * law's 20: the steps recorded here start from the legacy system's date, not from a recount.
     */
    static final ClockEvent IMPORTED_OPEN_2025 = ClockEvent.imported(d("2025-03-03"), d("2025-03-28"), false, null);

    @Test
    void anExtensionRecordedAfterAnImportExtendsTheImportedDueDate() {
        ClockEvent extension = new ClockEvent(EventType.EXTENSION, d("2025-03-20"), null, 20, null, null, null, null);
        Deadline deadline = CALC.calculate(List.of(IMPORTED_OPEN_2025, extension), d("2025-03-20"));
        // 20 working days after 03-28 on the 2025 notice (清明 04-04..04-06 off, Sun 04-27 worked): 03-31..04-03 (4),
        // 04-07..04-25 (19), Sun 04-27 (20)
        assertEquals(d("2025-04-27"), deadline.dueOn());
        assertTrue(deadline.extended());
    }

    @Test
    void aPauseRecordedAfterAnImportMovesTheImportedDueDateByItsWorkingDays() {
        Deadline deadline = CALC.calculate(List.of(IMPORTED_OPEN_2025, ev(EventType.FEE_NOTICE, "2025-03-10"),
                ev(EventType.FEE_PAID, "2025-03-14")), d("2025-03-14"));
        // 03-11..03-14 do not count: 03-28 plus 4 working days
        assertEquals(d("2025-04-03"), deadline.dueOn());
        // an open pause stops it
        assertNull(CALC.calculate(List.of(IMPORTED_OPEN_2025, ev(EventType.FEE_NOTICE, "2025-03-10")), d("2025-03-12")).dueOn());
    }

    @Test
    void aPauseOfNoWorkingDayLeavesAnImportedDueDateOnADayOffWhereItWas() {
        ClockEvent importedOnSunday = ClockEvent.imported(d("2025-03-03"), d("2025-03-30"), false, null);
        // noticed on Friday, paid on Saturday: nothing paused, nothing moves (not back to Friday 03-28)
        Deadline deadline = CALC.calculate(List.of(importedOnSunday, ev(EventType.FEE_NOTICE, "2025-03-28"),
                ev(EventType.FEE_PAID, "2025-03-29")), d("2025-03-29"));
        assertEquals(d("2025-03-30"), deadline.dueOn());
    }

    @Test
    void aCorrectionRecordedAfterAnImportRestartsTheLawsPeriod() {
        Deadline awaiting = CALC.calculate(List.of(IMPORTED_OPEN_2025, ev(EventType.CORRECTION_NOTICE, "2025-03-05")), d("2025-03-07"));
        assertNull(awaiting.dueOn());
        assertEquals(20, awaiting.workingDaysLeft(), "the law's period is what runs again from the corrected request");
        Deadline deadline = CALC.calculate(List.of(IMPORTED_OPEN_2025, ev(EventType.CORRECTION_NOTICE, "2025-03-05"),
                ev(EventType.CORRECTED, "2025-03-12")), d("2025-03-12"));
        // 20 working days from 03-12: 03-13..03-31 (13), 04-01..04-03 (16), 04-07..04-10 (20)
        assertEquals(d("2025-04-10"), deadline.dueOn());
    }

    @Test
    void anImportedDueDateStandsAsRecordedWhenNothingMovedItEvenOnADayOff() {
        // a legacy system's date on a Sunday is kept, not recounted
        ClockEvent imported = ClockEvent.imported(d("2025-03-03"), d("2025-03-30"), false, null);
        assertEquals(d("2025-03-30"), CALC.calculate(List.of(imported), d("2025-03-10")).dueOn());
        assertEquals(d("2025-03-30"), CALC.calculate(List.of(imported, ev(EventType.REPLIED, "2025-03-28")), d("2025-03-28")).dueOn());
    }
}
