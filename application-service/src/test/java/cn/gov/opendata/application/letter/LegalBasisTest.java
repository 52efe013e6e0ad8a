package cn.gov.opendata.application.letter;

import cn.gov.opendata.application.deadline.LawInForce;
import cn.gov.opendata.application.letter.LegalBasis.Matter;
import cn.gov.opendata.application.request.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegalBasisTest {

    @Test
    void revisedRegulationGovernsFromFifteenthMay2019() {
        assertEquals(LawInForce.REGULATION_2008, LawInForce.on(LocalDate.of(2019, 5, 14)));
        assertEquals(LawInForce.REGULATION_2019, LawInForce.on(LocalDate.of(2019, 5, 15)));
        assertEquals(LawInForce.REGULATION_2008, LawInForce.on(LocalDate.of(2008, 5, 1)));
    }

    @Test
    void aRequestNotYetReceivedFallsUnderTheLawInForceToday() {
        assertEquals(LawInForce.REGULATION_2019, LawInForce.on(null));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void everyDecisionHasAnArticleUnderBothLaws(Outcome outcome) {
        assertTrue(LegalBasis.article(LawInForce.REGULATION_2019, outcome).orElseThrow().startsWith("第"));
        assertTrue(LegalBasis.article(LawInForce.REGULATION_2008, outcome).orElseThrow().startsWith("第"));
    }

    @Test
    void aWithdrawalRestsOnNoArticle() {
        assertEquals(Optional.empty(), LegalBasis.article(LawInForce.REGULATION_2019, Outcome.OTHER));
    }

    @Test
    void revisedArticlesOfTheReplies() {
        assertEquals("第三十六条第（一）项", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.ALREADY_PUBLIC).orElseThrow());
        assertEquals("第三十七条", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.PARTIALLY_DISCLOSED).orElseThrow());
        assertEquals("第十四条、第三十六条第（三）项", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.WITHHELD_STATE_SECRET).orElseThrow());
        assertEquals("第十五条、第三十六条第（三）项", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.WITHHELD_THIRD_PARTY).orElseThrow());
        assertEquals("第十六条第一款、第三十六条第（三）项", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.WITHHELD_INTERNAL_AFFAIRS).orElseThrow());
        assertEquals("第十六条第二款、第三十六条第（三）项", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.WITHHELD_PROCESS_INFO).orElseThrow());
        assertEquals("第三十六条第（四）项", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.NOT_HELD).orElseThrow());
        assertEquals("第三十六条第（五）项", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.NOT_THIS_AGENCY).orElseThrow());
        assertEquals("第三十六条第（六）项", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.REPEATED_REQUEST).orElseThrow());
        assertEquals("第三十六条第（七）项", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.SPECIAL_INQUIRY_PROCEDURE).orElseThrow());
        assertEquals("第三十八条", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.NEEDS_NEW_PRODUCTION).orElseThrow());
        assertEquals("第三十九条第一款", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.PETITION_OR_COMPLAINT).orElseThrow());
        assertEquals("第三十九条第二款", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.PUBLISHED_MATERIAL).orElseThrow());
        assertEquals("第三十五条", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.EXCESSIVE_REQUESTS).orElseThrow());
        assertEquals("第三十条", LegalBasis.article(LawInForce.REGULATION_2019, Outcome.ABANDONED_NO_CORRECTION).orElseThrow());
    }

    @Test
    void originalArticlesOfTheReplies() {
        assertEquals("第二十一条第（一）项", LegalBasis.article(LawInForce.REGULATION_2008, Outcome.DISCLOSED).orElseThrow());
        assertEquals("第二十二条", LegalBasis.article(LawInForce.REGULATION_2008, Outcome.PARTIALLY_DISCLOSED).orElseThrow());
        assertEquals("第二十一条第（三）项", LegalBasis.article(LawInForce.REGULATION_2008, Outcome.NOT_HELD).orElseThrow());
        assertEquals("第二十一条第（四）项", LegalBasis.article(LawInForce.REGULATION_2008, Outcome.UNCLEAR_AFTER_CORRECTION).orElseThrow());
    }

    @Test
    void stepsUnderEachLaw() {
        assertEquals("第三十一条", LegalBasis.article(LawInForce.REGULATION_2019, Matter.RECEIPT_DATE).orElseThrow());
        assertEquals("第三十条", LegalBasis.article(LawInForce.REGULATION_2019, Matter.CORRECTION).orElseThrow());
        // Art. 33: para. 1 is the reply on the spot, para. 2 the 20 days and their one extension, para. 3 consultations
        assertEquals("第三十三条第二款", LegalBasis.article(LawInForce.REGULATION_2019, Matter.REPLY_PERIOD).orElseThrow());
        assertEquals("第三十三条第二款", LegalBasis.article(LawInForce.REGULATION_2019, Matter.EXTENSION).orElseThrow());
        assertEquals("第三十二条", LegalBasis.article(LawInForce.REGULATION_2019, Matter.THIRD_PARTY_CONSULTATION).orElseThrow());
        assertEquals("第三十四条", LegalBasis.article(LawInForce.REGULATION_2019, Matter.AGENCY_CONSULTATION).orElseThrow());
        assertEquals("第四十二条", LegalBasis.article(LawInForce.REGULATION_2019, Matter.FEE).orElseThrow());
        assertEquals("第五十一条", LegalBasis.article(LawInForce.REGULATION_2019, Matter.COMPLAINT).orElseThrow());
        assertEquals("第二十四条第二款", LegalBasis.article(LawInForce.REGULATION_2008, Matter.EXTENSION).orElseThrow());
        assertEquals("第二十三条", LegalBasis.article(LawInForce.REGULATION_2008, Matter.THIRD_PARTY_CONSULTATION).orElseThrow());
        assertEquals(Optional.empty(), LegalBasis.article(LawInForce.REGULATION_2008, Matter.AGENCY_CONSULTATION));
        assertEquals(Optional.empty(), LegalBasis.article(LawInForce.REGULATION_2008, Matter.RECEIPT_DATE));
    }
}
