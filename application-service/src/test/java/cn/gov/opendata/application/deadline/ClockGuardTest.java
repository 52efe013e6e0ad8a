package cn.gov.opendata.application.deadline;

import cn.gov.opendata.application.calendar.OfficialCalendar;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Receipt Mon 2025-11-03: 11-04..07 4; 10..14 9; 17..21 14; 24..28 19; Mon 12-01 → due 2025-12-01 (2025 notice). */
class ClockGuardTest {

    static final DeadlineCalculator CALC = new DeadlineCalculator(OfficialCalendar.calendar(new ObjectMapper()));
    static final List<ClockEvent> RECEIVED = List.of(ClockEvent.received(LocalDate.parse("2025-11-03")));

    static Optional<String> refusal(EventType action, ConsultationParty party, String on) {
        LocalDate day = LocalDate.parse(on);
        return ClockGuard.refusal(action, party, day, CALC.calculate(RECEIVED, day));
    }

    @Test
    void extensionAfterTheDueDateIsRefusedNamingArticleAndDueDate() {
        Optional<String> refusal = refusal(EventType.EXTENSION, null, "2026-03-02");
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("第33条第2款"), refusal.get());
        assertTrue(refusal.get().contains("2025-12-01"), refusal.get());
    }

    @Test
    void extensionOnTheDueDateItselfIsInTime() {
        assertEquals(Optional.empty(), refusal(EventType.EXTENSION, null, "2025-12-01"));
        assertTrue(refusal(EventType.EXTENSION, null, "2025-12-02").isPresent());
    }

    @Test
    void article35DateAfterTheDueDateIsRefused() {
        assertTrue(refusal(EventType.CUSTOM_REPLY_DATE, null, "2025-12-02").orElseThrow().contains("第35条"));
    }

    @Test
    void consultationsAfterTheDueDateAreRefusedWithTheirArticles() {
        assertTrue(refusal(EventType.CONSULTATION_STARTED, ConsultationParty.THIRD_PARTY, "2025-12-03").orElseThrow().contains("第32条"));
        assertTrue(refusal(EventType.CONSULTATION_STARTED, ConsultationParty.OTHER_AGENCY, "2025-12-03").orElseThrow().contains("第34条"));
    }

    @Test
    void feeNoticeAfterTheDueDateIsRefused() {
        assertTrue(refusal(EventType.FEE_NOTICE, null, "2025-12-10").orElseThrow().contains("第42条"));
    }

    @Test
    void replyAfterTheDueDateIsNotAClockActionItIsLate() {
        assertEquals(Optional.empty(), refusal(EventType.REPLIED, null, "2026-01-05"));
    }

    @Test
    void regulation2008ExtensionCitesArticle24() {
        LocalDate on = LocalDate.parse("2018-10-25");
        Deadline before = CALC.calculate(List.of(ClockEvent.received(LocalDate.parse("2018-09-28"))), on);
        String refusal = ClockGuard.refusal(EventType.EXTENSION, null, on, before).orElseThrow();
        assertTrue(refusal.contains("国务院令第492号") && refusal.contains("第24条") && refusal.contains("2018-10-24"), refusal);
    }
}
