package cn.gov.opendata.application.request.service;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.application.calendar.WorkingDayCalendar;
import cn.gov.opendata.application.calendar.service.CalendarService;
import cn.gov.opendata.application.deadline.ClockGuard;
import cn.gov.opendata.application.deadline.Deadline;
import cn.gov.opendata.application.deadline.LawInForce;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.platform.params.DatePolicy;
import cn.gov.opendata.application.deadline.DeadlineCalculator;
import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.events.RequestOutbox;
import cn.gov.opendata.application.fee.Money;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.Outcome;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.application.request.RequestStatus;
import cn.gov.opendata.application.request.config.LifecycleConfig;
import cn.gov.opendata.application.request.rest.AbandonBody;
import cn.gov.opendata.application.request.rest.ConfirmReceiptBody;
import cn.gov.opendata.application.request.rest.ConsultationEndBody;
import cn.gov.opendata.application.request.rest.ConsultationStartBody;
import cn.gov.opendata.application.request.rest.CorrectedBody;
import cn.gov.opendata.application.request.rest.CorrectionNoticeBody;
import cn.gov.opendata.application.request.rest.CustomReplyDateBody;
import cn.gov.opendata.application.request.rest.ExtensionBody;
import cn.gov.opendata.application.request.rest.FeeNoticeBody;
import cn.gov.opendata.application.request.rest.FeePaidBody;
import cn.gov.opendata.application.request.rest.ReplyBody;
import cn.gov.opendata.application.request.rest.RequestView;
import cn.gov.opendata.application.request.rest.WithdrawBody;
import cn.gov.opendata.platform.security.AgencyAccess;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycle of a request. Each action checks it is possible now, appends one event and brings the
 * request's status, receipt and conclusion columns in step; an impossible action changes nothing (409).
 */
@ApplicationScoped
@Transactional
public class RequestActions {

    @Inject
    RequestViews views;

    @Inject
    AgencyAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CalendarService calendars;

    @Inject
    LifecycleConfig config;

    @Inject
    RequestOutbox events;

    /** The request being acted on, locked for the transaction, with its replayed state. */
    private record Target(InformationRequest request, List<RequestEvent> history, Lifecycle state) {
    }

    public RequestView confirmReceipt(long id, ConfirmReceiptBody body) {
        happened("on", body.on());
        Target t = open(id);
        if (t.state().receivedOn != null) {
            throw ApiException.conflict("Request " + id + " was already received on " + t.state().receivedOn);
        }
        LocalDate arrived = t.request().arrivedAt == null ? null : LegalDates.dateOf(t.request().arrivedAt);
        if (arrived != null && body.on().isBefore(arrived)) {
            throw ApiException.conflict("Receipt cannot be confirmed on " + body.on() + ", before the request arrived on " + arrived);
        }
        RequestEvent e = append(t, EventType.RECEIPT_CONFIRMED, body.actor(), body.reason(), body.on());
        t.request().receivedOn = body.on();
        return finish(t, e);
    }

    public RequestView correctionNotice(long id, CorrectionNoticeBody body) {
        happened("on", body.on());
        DatePolicy.planned("respondBy", body.respondBy()).ifPresent(v -> {
            throw ApiException.invalid(v.field() + ": " + v.message(), List.of(v));
        });
        Target t = received(id);
        notBefore(t, body.on());
        LawInForce law = LawInForce.on(t.state().receivedOn);
        if (t.state().correctionNoticed) {
            throw ApiException.conflict("申请 " + id + " 已一次性告知补正，不能再次告知（" + law.title() + law.correctionArticle() + "）");
        }
        requireStatus(t, RequestStatus.IN_PROGRESS, "a correction notice");
        WorkingDayCalendar calendar = calendars.calendar();
        if (law.limitsCorrectionNotice()) {
            LocalDate limit = calendar.addWorkingDays(t.state().receivedOn, DeadlineCalculator.CORRECTION_NOTICE_WORKING_DAYS);
            if (body.on().isAfter(limit)) {
                throw ApiException.conflict("补正告知须在收到申请之日起7个工作日内一次性作出（" + law.title() + law.correctionArticle()
                        + "），即不晚于" + limit + "；" + body.on() + "已超过该期限");
            }
        } else {
            Deadline before = deadlineOn(t, body.on());
            if (before.dueOn() != null && body.on().isAfter(before.dueOn())) {
                throw ApiException.conflict("告知申请人更改、补充须在答复期限届满前作出（" + law.title() + law.correctionArticle()
                        + "）：本申请的答复期限为" + before.dueOn() + "，" + body.on() + "已超过答复期限");
            }
        }
        if (body.respondBy() != null && body.respondBy().isBefore(body.on())) {
            throw ApiException.badRequest("respondBy", "must not be before the notice date " + body.on());
        }
        RequestEvent e = append(t, EventType.CORRECTION_NOTICE, body.actor(), body.reason(), body.on());
        e.windowEndsOn = body.respondBy() != null ? body.respondBy()
                : calendar.addWorkingDays(body.on(), config.correctionWindowWorkingDays());
        return finish(t, e);
    }

    public RequestView corrected(long id, CorrectedBody body) {
        happened("on", body.on());
        Target t = received(id);
        notBefore(t, body.on());
        requireStatus(t, RequestStatus.AWAITING_CORRECTION, "a corrected request");
        return finish(t, append(t, EventType.CORRECTED, body.actor(), body.reason(), body.on()));
    }

    public RequestView extension(long id, ExtensionBody body) {
        happened("on", body.on());
        // an undated extension is one approved today: the guard below judges it by that day
        LocalDate on = body.on() != null ? body.on() : LegalDates.today();
        Target t = received(id);
        notBefore(t, on);
        LawInForce law = LawInForce.on(t.state().receivedOn);
        if (t.state().extended) {
            throw ApiException.conflict("申请 " + id + " 已延长过答复期限，延长只能一次（" + law.title() + law.extensionArticle() + "）");
        }
        if (body.workingDays() > law.maxExtensionWorkingDays()) {
            throw ApiException.badRequest("workingDays", "延长的期限最长不得超过" + law.maxExtensionWorkingDays() + "个工作日（"
                    + law.title() + law.extensionArticle() + "）");
        }
        if (t.state().customReplyDate != null) {
            throw ApiException.conflict("申请 " + id + " 已依第35条确定延迟答复的期限（" + t.state().customReplyDate
                    + "），不再另行延长（第33条第2款的延长不叠加在第35条的期限上）");
        }
        guardClock(t, EventType.EXTENSION, null, on);
        RequestEvent e = append(t, EventType.EXTENSION, body.actor(), body.reason(), on);
        e.workingDays = body.workingDays();
        e.approvedBy = body.approvedBy();
        return finish(t, e);
    }

    public RequestView consultationStart(long id, ConsultationStartBody body) {
        happened("on", body.on());
        Target t = received(id);
        notBefore(t, body.on());
        requireStatus(t, RequestStatus.IN_PROGRESS, "a consultation");
        LawInForce law = LawInForce.on(t.state().receivedOn);
        if (body.party() == ConsultationParty.OTHER_AGENCY && !law.knowsOtherAgencyConsultation()) {
            throw ApiException.conflict("本申请收到于" + t.state().receivedOn + "，适用" + law.title()
                    + "，该条例只规定征求第三方意见（第23条），没有征求其他机关意见的规定（第34条自2019-05-15起施行）");
        }
        guardClock(t, EventType.CONSULTATION_STARTED, body.party(), body.on());
        RequestEvent e = append(t, EventType.CONSULTATION_STARTED, body.actor(), body.reason(), body.on());
        e.party = body.party();
        return finish(t, e);
    }

    public RequestView consultationEnd(long id, ConsultationEndBody body) {
        happened("on", body.on());
        Target t = received(id);
        notBefore(t, body.on());
        requireStatus(t, RequestStatus.IN_CONSULTATION, "the end of a consultation");
        return finish(t, append(t, EventType.CONSULTATION_ENDED, body.actor(), body.reason(), body.on()));
    }

    public RequestView feeNotice(long id, FeeNoticeBody body) {
        happened("on", body.on());
        Target t = received(id);
        notBefore(t, body.on());
        if (t.state().feeNoticed) {
            throw ApiException.conflict("Request " + id + " already had a fee notice");
        }
        requireStatus(t, RequestStatus.IN_PROGRESS, "a fee notice");
        LocalDate receivedOn = t.state().receivedOn;
        if (LawInForce.on(receivedOn) == LawInForce.REGULATION_2019 && !LawInForce.feeBracketsApply(receivedOn)) {
            throw ApiException.conflict("信息处理费（第42条）按国办函〔2020〕109号收取，该办法自" + LawInForce.FEE_MEASURES_EFFECTIVE
                    + "起施行；本申请收到于" + receivedOn + "，不收取信息处理费");
        }
        guardClock(t, EventType.FEE_NOTICE, null, body.on());
        RequestEvent e = append(t, EventType.FEE_NOTICE, body.actor(), body.reason(), body.on());
        e.amountYuan = Money.normalize(body.amountYuan());
        e.windowEndsOn = calendars.calendar().addWorkingDays(body.on(), config.feePaymentWindowWorkingDays());
        return finish(t, e);
    }

    public RequestView feePaid(long id, FeePaidBody body) {
        happened("on", body.on());
        Target t = received(id);
        notBefore(t, body.on());
        requireStatus(t, RequestStatus.AWAITING_PAYMENT, "a payment");
        return finish(t, append(t, EventType.FEE_PAID, body.actor(), body.reason(), body.on()));
    }

    public RequestView customReplyDate(long id, CustomReplyDateBody body) {
        happened("on", body.on());
        DatePolicy.planned("date", body.date()).ifPresent(v -> {
            throw ApiException.invalid(v.field() + ": " + v.message(), List.of(v));
        });
        if (body.reason() == null || body.reason().isBlank()) {
            throw ApiException.badRequest("reason", "依第35条确定延迟答复的期限须说明理由（申请的数量、频次明显超过合理范围）");
        }
        LocalDate on = body.on() != null ? body.on() : LegalDates.today();
        Target t = received(id);
        notBefore(t, on);
        LawInForce law = LawInForce.on(t.state().receivedOn);
        if (!law.allowsCustomReplyDate()) {
            throw ApiException.conflict("本申请收到于" + t.state().receivedOn + "，适用" + law.title()
                    + "，该条例没有确定延迟答复期限的规定（第35条自2019-05-15起施行）");
        }
        guardClock(t, EventType.CUSTOM_REPLY_DATE, null, on);
        Deadline current = deadlineOn(t, on);
        if (current.dueOn() == null) {
            // the date is counted from the day it is set on a running clock (DOMAIN.md §3.4)
            throw ApiException.conflict("本申请正等待" + (t.state().awaitingCorrection ? "补正" : "缴费")
                    + "，答复期限暂停计算，不能依第35条确定延迟答复的期限；请在答复期限恢复计算后确定");
        }
        if (!body.date().isAfter(current.dueOn())) {
            throw ApiException.conflict("依第35条确定的答复期限须晚于当前的答复期限" + current.dueOn() + "，" + body.date() + "不晚于该期限");
        }
        if (!body.date().isAfter(t.state().receivedOn)) {
            throw ApiException.conflict("依第35条确定的答复期限须晚于收到申请之日" + t.state().receivedOn);
        }
        RequestEvent e = append(t, EventType.CUSTOM_REPLY_DATE, body.actor(), body.reason(), on);
        e.dueOn = body.date();
        return finish(t, e);
    }

    public RequestView reply(long id, ReplyBody body) {
        happened("on", body.on());
        Target t = received(id);
        if (body.on().isBefore(t.state().receivedOn)) {
            throw ApiException.conflict("A reply on " + body.on() + " would be before the receipt date " + t.state().receivedOn);
        }
        notBefore(t, body.on());
        if (body.outcome().isAbandonment()) {
            throw ApiException.badRequest("outcome", "an abandoned request is recorded with the abandon action, not a reply");
        }
        if (body.publishedAt() != null && body.outcome() != Outcome.ALREADY_PUBLIC) {
            throw ApiException.badRequest("publishedAt", "only an ALREADY_PUBLIC reply names where the information was published");
        }
        RequestEvent e = append(t, EventType.REPLIED, body.actor(), body.reason(), body.on());
        e.outcome = body.outcome();
        BigDecimal fee = body.feeChargedYuan() != null ? body.feeChargedYuan()
                : t.state().feePaid != null ? t.state().feePaid : BigDecimal.ZERO;
        e.amountYuan = Money.normalize(fee);
        if (body.publishedAt() != null) {
            e.publishedAgency = body.publishedAt().agency();
            e.publishedIndexNumber = body.publishedAt().indexNumber();
        }
        InformationRequest r = t.request();
        r.outcome = body.outcome();
        r.concludedOn = body.on();
        r.feeChargedYuan = e.amountYuan;
        r.publishedAgency = e.publishedAgency;
        r.publishedIndexNumber = e.publishedIndexNumber;
        return finish(t, e);
    }

    public RequestView abandon(long id, AbandonBody body) {
        happened("on", body.on());
        Target t = received(id);
        notBefore(t, body.on());
        LocalDate windowEnds;
        if (body.outcome() == Outcome.ABANDONED_NO_CORRECTION) {
            requireStatus(t, RequestStatus.AWAITING_CORRECTION, "abandonment for lack of correction");
            windowEnds = t.state().correctionWindowEndsOn;
        } else if (body.outcome() == Outcome.ABANDONED_NO_FEE) {
            requireStatus(t, RequestStatus.AWAITING_PAYMENT, "abandonment for non-payment");
            windowEnds = t.state().feeWindowEndsOn;
        } else {
            throw ApiException.badRequest("outcome", "must be ABANDONED_NO_CORRECTION or ABANDONED_NO_FEE");
        }
        if (windowEnds != null && !body.on().isAfter(windowEnds)) {
            throw ApiException.conflict("The applicant's window runs until " + windowEnds + "; the request cannot be deemed abandoned on " + body.on());
        }
        RequestEvent e = append(t, EventType.ABANDONED, body.actor(), body.reason(), body.on());
        e.outcome = body.outcome();
        e.windowEndsOn = windowEnds;
        // concluded the day the window ran out, not the day the clerk records it: the year it counts in (DOMAIN.md §3.2)
        e.concludedOn = windowEnds != null ? windowEnds : body.on();
        t.request().outcome = body.outcome();
        t.request().concludedOn = e.concludedOn;
        return finish(t, e);
    }

    public RequestView withdraw(long id, WithdrawBody body) {
        happened("on", body.on());
        Target t = received(id);
        notBefore(t, body.on());
        RequestEvent e = append(t, EventType.WITHDRAWN, body.actor(), body.reason(), body.on());
        e.outcome = Outcome.OTHER;
        t.request().outcome = Outcome.OTHER;
        t.request().concludedOn = body.on();
        return finish(t, e);
    }

    private Target open(long id) {
        InformationRequest r = InformationRequest.findById(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (r == null) {
            throw ApiException.notFound("No request " + id);
        }
        if (!access.mayRead(r.agency)) {
            throw ApiException.notFound("No request " + id);
        }
        access.requireWrite(r.agency);
        if (r.voidedOn != null) {
            throw ApiException.conflict("申请 " + id + " 已于" + r.voidedOn + "作为误登记作废（" + r.voidReason + "），不能再办理");
        }
        List<RequestEvent> history = new ArrayList<>(views.history(id));
        Lifecycle state = Lifecycle.replay(history);
        if (state.concluded) {
            throw ApiException.conflict("Request " + id + " is concluded (" + r.outcome + " on " + r.concludedOn + "); it cannot change");
        }
        return new Target(r, history, state);
    }

    private Target received(long id) {
        Target t = open(id);
        if (t.state().receivedOn == null) {
            throw ApiException.conflict("Request " + id + " has not been received yet; confirm receipt first (Art. 31)");
        }
        return t;
    }

    private static void requireStatus(Target t, RequestStatus expected, String what) {
        RequestStatus actual = t.state().status();
        if (actual != expected) {
            throw ApiException.conflict("Request " + t.request().id + " is " + actual + "; " + what + " needs it to be " + expected);
        }
    }

    /** The deadline as it stood on {@code on}, from the history before the action being checked. */
    private Deadline deadlineOn(Target t, LocalDate on) {
        return views.deadline(views.calculator(), t.history(), on);
    }

    private void guardClock(Target t, EventType action, ConsultationParty party, LocalDate on) {
        ClockGuard.refusal(action, party, on, deadlineOn(t, on)).ifPresent(detail -> {
            throw ApiException.conflict(detail);
        });
    }

    /** A date recording something that happened: not before 1990, not in the future (platform DatePolicy). */
    private static void happened(String field, LocalDate on) {
        DatePolicy.happened(field, on).ifPresent(v -> {
            throw ApiException.invalid(v.field() + ": " + v.message(), List.of(v));
        });
    }

    private static void notBefore(Target t, LocalDate on) {
        if (t.state().lastOn != null && on.isBefore(t.state().lastOn)) {
            throw ApiException.conflict("The date " + on + " is before the last recorded event (" + t.state().lastOn + "); history is kept in date order");
        }
    }

    private static RequestEvent append(Target t, EventType type, String actor, String reason, LocalDate on) {
        RequestEvent e = new RequestEvent();
        e.requestId = t.request().id;
        e.seq = t.state().lastSeq + 1;
        e.type = type;
        e.on = on;
        e.actor = actor;
        e.reason = reason;
        e.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return e;
    }

    private RequestView finish(Target t, RequestEvent e) {
        e.persist();
        t.history().add(e);
        t.request().status = Lifecycle.replay(t.history()).status();
        Log.infof("Request %d: %s, now %s", t.request().id, e.type, t.request().status);
        audit.record(AuditAction.UPDATE, "request", t.request().agency, t.request().trackingNumber,
                "id " + t.request().id + ": " + e.type);
        events.stepped(t.request(), e);
        return views.view(t.request());
    }
}
