package cn.gov.opendata.application.deadline;

import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Actions that move or pause the reply clock happen before it runs out (DOMAIN.md §3): an extension (2019 条例 Art. 33
 * para. 2; 2008 条例 Art. 24), an Art. 35 reply date, a consultation (Art. 32, 34 with Art. 33 para. 3) or a fee notice
 * (Art. 42) dated after the due date would turn a late reply into a timely one, so each is refused. The due date is the
 * one in force on the action's own date, from the history before it; on the due date itself the action is still in time.
 * A stopped clock (awaiting correction or payment) has no due date, and the other lifecycle rules decide.
 */
public final class ClockGuard {

    private ClockGuard() {
    }

    /** Why the action may not happen on {@code on}, in plain Chinese naming the article and the due date; empty when it may. */
    public static Optional<String> refusal(EventType action, ConsultationParty party, LocalDate on, Deadline before) {
        if (before.dueOn() == null || before.receivedOn() == null || !on.isAfter(before.dueOn())) {
            return Optional.empty();
        }
        LawInForce law = before.law();
        String what = switch (action) {
            case EXTENSION -> "延长答复期限";
            case CUSTOM_REPLY_DATE -> "确定延迟答复的合理期限";
            case CONSULTATION_STARTED -> party == ConsultationParty.OTHER_AGENCY ? "征求其他机关意见" : "征求第三方意见";
            case FEE_NOTICE -> "发出收费通知";
            default -> null;
        };
        if (what == null) {
            return Optional.empty();
        }
        String article = switch (action) {
            case EXTENSION -> law.extensionArticle();
            case CUSTOM_REPLY_DATE -> "第35条";
            case CONSULTATION_STARTED -> party == ConsultationParty.OTHER_AGENCY ? law.otherAgencyArticle() : law.thirdPartyArticle();
            default -> law.feeArticle();
        };
        return Optional.of(what + "须在答复期限届满前作出（" + law.title() + article + "）：本申请的答复期限为" + before.dueOn()
                + "，" + on + "已超过答复期限，逾期不能补救");
    }

    /** Whether the action can move the due date; only these are guarded. */
    public static boolean movesTheClock(EventType action) {
        return action == EventType.EXTENSION || action == EventType.CUSTOM_REPLY_DATE
                || action == EventType.CONSULTATION_STARTED || action == EventType.FEE_NOTICE;
    }
}
