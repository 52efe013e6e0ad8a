package cn.gov.opendata.application.letter;

import cn.gov.opendata.application.calendar.WorkingDayCalendar;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.RequestEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates a letter counts in working days through a year whose holiday notice is not on record say that they are estimates (DOMAIN.md §3). */
class LetterComposerTest {

    /** 2025's notice is on record (no holidays in it, for easy counting), 2026's is not: its days are estimated. */
    private final LetterComposer composer = new LetterComposer(WorkingDayCalendar.withEstimates(Set.of(), Set.of(), Set.of(2025)));

    @Test
    void aDueDateWithinYearsOnRecordIsStatedPlainly() {
        String text = receiptText(LocalDate.of(2025, 3, 3));
        // 20 working days from Monday 3 March 2025, counting from the next day
        assertTrue(text.contains("即2025年3月31日前）作出答复"), text);
        assertFalse(text.contains("暂定"), text);
    }

    @Test
    void aDueDateCountedIntoAYearWithoutItsNoticeIsMarkedProvisionalAndExplained() {
        String text = receiptText(LocalDate.of(2025, 12, 15));
        // 12-16 … 12-31 are 12 working days; 2026-01-01 is an estimated holiday (元旦), 1-02 … 1-13 the other 8
        assertTrue(text.contains("即2026年1月13日（暂定）前）作出答复"), text);
        assertTrue(text.contains("2026年的节假日安排尚未公布"), text);
        assertEquals(1, occurrences(text, "（暂定）"), "one date marked: " + text);
    }

    @Test
    void anExtensionAndAConsultationCountedIntoSuchAYearAreMarkedToo() {
        LocalDate received = LocalDate.of(2025, 11, 24);
        InformationRequest r = request(received);
        RequestEvent registered = registered(received);
        RequestEvent extension = event(2, EventType.EXTENSION, LocalDate.of(2025, 12, 10));
        extension.workingDays = 20;
        extension.approvedBy = "李主任";
        String extensionText = text(LetterKind.EXTENSION_NOTICE, r, List.of(registered, extension), extension);
        // due 2025-12-22, extended by 20 working days into January 2026
        assertTrue(extensionText.contains("2026年1月20日（暂定）前作出答复"), extensionText);
        assertTrue(extensionText.contains("2026年的节假日安排尚未公布"), extensionText);

        RequestEvent consultation = event(2, EventType.CONSULTATION_STARTED, LocalDate.of(2025, 12, 22));
        consultation.party = ConsultationParty.THIRD_PARTY;
        String consultationText = text(LetterKind.THIRD_PARTY_CONSULTATION, r, List.of(registered, consultation), consultation);
        assertTrue(consultationText.contains("（暂定）前（自收到本意见书之日起15个工作日内）"), consultationText);

        RequestEvent early = event(2, EventType.CONSULTATION_STARTED, LocalDate.of(2025, 11, 25));
        early.party = ConsultationParty.THIRD_PARTY;
        String earlyText = text(LetterKind.THIRD_PARTY_CONSULTATION, r, List.of(registered, early), early);
        assertFalse(earlyText.contains("暂定"), earlyText);
    }

    @Test
    void aConsultationUnderThe2008RegulationSetsTheThirdPartyNoPeriod() {
        LocalDate received = LocalDate.of(2018, 9, 3);
        RequestEvent registered = registered(received);
        RequestEvent consultation = event(2, EventType.CONSULTATION_STARTED, LocalDate.of(2018, 9, 10));
        consultation.party = ConsultationParty.THIRD_PARTY;
        String text = text(LetterKind.THIRD_PARTY_CONSULTATION, request(received), List.of(registered, consultation), consultation);
        assertTrue(text.contains("第二十三条，现书面征求您的意见，请您书面提出意见"), text);
        assertTrue(text.contains("第三方不同意公开的，本机关不予公开"), text);
        assertFalse(text.contains("15个工作日"), text);
        assertFalse(text.contains("暂定"), text);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private String receiptText(LocalDate received) {
        RequestEvent registered = registered(received);
        return text(LetterKind.RECEIPT, request(received), List.of(registered), registered);
    }

    private String text(LetterKind kind, InformationRequest r, List<RequestEvent> history, RequestEvent source) {
        LetterText letter = composer.compose(kind, r, history, source, "某某局", "某依申〔2025〕1号", source.on,
                new LetterComposer.Extras(null, null));
        return String.join("\n", letter.paragraphs());
    }

    private static InformationRequest request(LocalDate received) {
        InformationRequest r = new InformationRequest();
        r.agency = "zk";
        r.trackingNumber = "T-1";
        r.channel = Channel.IN_PERSON;
        r.subject = "某项目的批复文件";
        r.arrivedAt = received.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
        r.receivedOn = received;
        return r;
    }

    private static RequestEvent registered(LocalDate received) {
        RequestEvent e = event(1, EventType.REGISTERED, received);
        e.receivedOn = received;
        return e;
    }

    private static RequestEvent event(int seq, EventType type, LocalDate on) {
        RequestEvent e = new RequestEvent();
        e.seq = seq;
        e.type = type;
        e.on = on;
        return e;
    }
}
