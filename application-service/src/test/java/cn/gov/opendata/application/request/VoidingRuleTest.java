package cn.gov.opendata.application.request;

import cn.gov.opendata.application.request.service.VoidingRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoidingRuleTest {

    private static RequestEvent event(EventType type, String on) {
        RequestEvent e = new RequestEvent();
        e.type = type;
        e.on = LocalDate.parse(on);
        return e;
    }

    @Test
    void aRegistrationWithNothingSentOutMayBeVoided() {
        assertEquals(java.util.Optional.empty(), VoidingRule.refusal(List.of(event(EventType.REGISTERED, "2018-03-01"),
                event(EventType.EXTENSION, "2018-03-20"), event(EventType.CONSULTATION_STARTED, "2018-03-21")), List.of()));
    }

    @Test
    void aReplyRefusesAndSaysWhen() {
        RequestEvent reply = event(EventType.REPLIED, "2018-03-10");
        reply.outcome = Outcome.DISCLOSED;
        String why = VoidingRule.refusal(List.of(event(EventType.REGISTERED, "2018-03-01"), reply), List.of()).orElseThrow();
        assertTrue(why.contains("2018-03-10") && why.contains("答复"), why);
    }

    @Test
    void anAbandonmentRefusesDatedWhenTheWindowRanOut() {
        RequestEvent abandoned = event(EventType.ABANDONED, "2018-04-20");
        abandoned.concludedOn = LocalDate.of(2018, 4, 12);
        String why = VoidingRule.refusal(List.of(abandoned), List.of()).orElseThrow();
        assertTrue(why.contains("2018-04-12") && why.contains("视为放弃"), why);
    }

    @Test
    void aWithdrawalRefuses() {
        String why = VoidingRule.refusal(List.of(event(EventType.WITHDRAWN, "2018-05-02")), List.of()).orElseThrow();
        assertTrue(why.contains("撤回"), why);
    }

    @Test
    void anIssuedLetterRefusesAndNamesIt() {
        String why = VoidingRule.refusal(List.of(event(EventType.REGISTERED, "2018-03-01")),
                List.of(new VoidingRule.IssuedLetter("周政公〔2018〕3号", LocalDate.of(2018, 3, 2)))).orElseThrow();
        assertTrue(why.contains("周政公〔2018〕3号") && why.contains("1份"), why);
    }
}
