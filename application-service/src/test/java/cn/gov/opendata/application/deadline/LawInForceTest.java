package cn.gov.opendata.application.deadline;

import cn.gov.opendata.application.calendar.OfficialCalendar;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regulation of the receipt date; due dates counted by hand on the official calendars. */
class LawInForceTest {

    static final DeadlineCalculator CALC = new DeadlineCalculator(OfficialCalendar.calendar(new ObjectMapper()));

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theRevisedRegulationGovernsFrom15May2019() {
        assertEquals(LawInForce.REGULATION_2008, LawInForce.on(d("2019-05-14")));
        assertEquals(LawInForce.REGULATION_2019, LawInForce.on(d("2019-05-15")));
        assertEquals(LawInForce.REGULATION_2008, LawInForce.on(d("2008-05-01")));
    }

    @Test
    void feeBracketsOnlyForRequestsReceivedFrom2021() {
        assertFalse(LawInForce.feeBracketsApply(d("2020-12-31")));
        assertTrue(LawInForce.feeBracketsApply(d("2021-01-01")));
        assertFalse(LawInForce.feeBracketsApply(null));
    }

    @Test
    void regulation2008RepliesWithinFifteenWorkingDays() {
        // after Fri 2018-09-28: 09-29, 09-30 (make-up) 2; 10-08..10-12 7; 10-15..10-19 12; 10-22, 23, 24 → 15
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2018-09-28"))), d("2018-09-28"));
        assertEquals(d("2018-10-24"), deadline.dueOn());
        assertEquals(LawInForce.REGULATION_2008, deadline.law());
        assertEquals(15, deadline.baseWorkingDays());
        assertEquals("第24条", deadline.steps().get(0).article());
    }

    @Test
    void dayBeforeTheRevisionFifteenDayOfTheRevisionTwenty() {
        // after Tue 2019-05-14: 15,16,17 3; 20..24 8; 27..31 13; 06-03, 06-04 → 15
        assertEquals(d("2019-06-04"), CALC.calculate(List.of(ClockEvent.received(d("2019-05-14"))), d("2019-05-14")).dueOn());
        // after Wed 2019-05-15: 16,17 2; 20..24 7; 27..31 12; 06-03..06-06 16; 06-07 端午; 06-10..06-13 → 20
        Deadline revised = CALC.calculate(List.of(ClockEvent.received(d("2019-05-15"))), d("2019-05-15"));
        assertEquals(d("2019-06-13"), revised.dueOn());
        assertEquals("第31条、第33条", revised.steps().get(0).article());
    }

    @Test
    void regulation2008ExtensionUpToFifteen() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2018-09-28")), ClockEvent.extension(d("2018-10-24"), 15)),
                d("2018-10-24"));
        // 10-24 + 15: 10-25,26 2; 10-29..11-02 7; 11-05..09 12; 11-12,13,14 → 15
        assertEquals(d("2018-11-14"), deadline.dueOn());
        assertEquals(15, deadline.steps().get(1).shiftWorkingDays());
    }

    @Test
    void importedExtended2008RequestGetsThirtyDays() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.imported(d("2018-09-28"), null, true, d("2018-11-14"))), d("2018-12-31"));
        assertEquals(d("2018-11-14"), deadline.dueOn());
        assertEquals(Timeliness.AFTER_EXTENSION, deadline.timeliness());
    }

    @Test
    void otherAgencyConsultationCitesArticle34AndThePauseArticle33Paragraph3() {
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2025-11-03")),
                ClockEvent.consultation(d("2025-11-05"), cn.gov.opendata.application.request.ConsultationParty.OTHER_AGENCY)), d("2025-11-05"));
        assertEquals("第34条、第33条第3款", deadline.steps().get(1).article());
        assertTrue(deadline.steps().get(1).explanation().contains("征求其他机关意见"));
    }

    @Test
    void dueDateInAYearWithoutNoticeIsProvisional() {
        // after Fri 2026-12-04: 12-07..11 5; 14..18 10; 21..25 15; 28..31 19; 2027-01-01 元旦 (statutory); 01-04 → 20
        Deadline deadline = CALC.calculate(List.of(ClockEvent.received(d("2026-12-04"))), d("2026-12-04"));
        assertEquals(d("2027-01-04"), deadline.dueOn());
        assertTrue(deadline.provisional());
        assertTrue(deadline.provisionalNote().contains("调休"));
        Deadline official = CALC.calculate(List.of(ClockEvent.received(d("2026-11-02"))), d("2026-11-02"));
        assertFalse(official.provisional());
    }
}
