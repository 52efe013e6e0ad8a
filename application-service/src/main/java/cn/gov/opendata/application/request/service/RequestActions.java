package cn.gov.opendata.application.request.service;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.application.calendar.WorkingDayCalendar;
import cn.gov.opendata.application.calendar.service.CalendarService;
import cn.gov.opendata.application.deadline.Deadline;
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
        Target t = received(id);
        notBefore(t, body.on());
        if (t.state().correctionNoticed) {
            throw ApiException.conflict("Request " + id + " already had its one correction notice (Art. 30)");
        }
        requireStatus(t, RequestStatus.IN_PROGRESS, "a correction notice");
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate limit = calendar.addWorkingDays(t.state().receivedOn, DeadlineCalculator.CORRECTION_NOTICE_WORKING_DAYS);
        if (body.on().isAfter(limit)) {
            throw ApiException.conflict("A correction notice must go out within 7 working days of receipt, i.e. by " + limit + " (Art. 30)");
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
        Target t = received(id);
        notBefore(t, body.on());
        requireStatus(t, RequestStatus.AWAITING_CORRECTION, "a corrected request");
        return finish(t, append(t, EventType.CORRECTED, body.actor(), body.reason(), body.on()));
    }

    public RequestView extension(long id, ExtensionBody body) {
        Target t = received(id);
        if (body.on() != null) {
            notBefore(t, body.on());
        }
        if (t.state().extended) {
            throw ApiException.conflict("Request " + id + " was already extended; the law allows one extension (Art. 33)");
        }
        RequestEvent e = append(t, EventType.EXTENSION, body.actor(), body.reason(), body.on());
        e.workingDays = body.workingDays();
        e.approvedBy = body.approvedBy();
        return finish(t, e);
    }

    public RequestView consultationStart(long id, ConsultationStartBody body) {
        Target t = received(id);
        notBefore(t, body.on());
        requireStatus(t, RequestStatus.IN_PROGRESS, "a consultation");
        RequestEvent e = append(t, EventType.CONSULTATION_STARTED, body.actor(), body.reason(), body.on());
        e.party = body.party();
        return finish(t, e);
    }

    public RequestView consultationEnd(long id, ConsultationEndBody body) {
        Target t = received(id);
        notBefore(t, body.on());
        requireStatus(t, RequestStatus.IN_CONSULTATION, "the end of a consultation");
        return finish(t, append(t, EventType.CONSULTATION_ENDED, body.actor(), body.reason(), body.on()));
    }

    public RequestView feeNotice(long id, FeeNoticeBody body) {
        Target t = received(id);
        notBefore(t, body.on());
        if (t.state().feeNoticed) {
            throw ApiException.conflict("Request " + id + " already had a fee notice");
        }
        requireStatus(t, RequestStatus.IN_PROGRESS, "a fee notice");
        RequestEvent e = append(t, EventType.FEE_NOTICE, body.actor(), body.reason(), body.on());
        e.amountYuan = Money.normalize(body.amountYuan());
        e.windowEndsOn = calendars.calendar().addWorkingDays(body.on(), config.feePaymentWindowWorkingDays());
        return finish(t, e);
    }

    public RequestView feePaid(long id, FeePaidBody body) {
        Target t = received(id);
        notBefore(t, body.on());
        requireStatus(t, RequestStatus.AWAITING_PAYMENT, "a payment");
        return finish(t, append(t, EventType.FEE_PAID, body.actor(), body.reason(), body.on()));
    }

    public RequestView customReplyDate(long id, CustomReplyDateBody body) {
        Target t = received(id);
        if (body.on() != null) {
            notBefore(t, body.on());
        }
        Deadline current = views.deadline(views.calculator(), t.history(), LegalDates.today());
        if (current.dueOn() != null && !body.date().isAfter(current.dueOn())) {
            throw ApiException.conflict("An Art. 35 reply date must be later than the current due date " + current.dueOn());
        }
        if (!body.date().isAfter(t.state().receivedOn)) {
            throw ApiException.conflict("An Art. 35 reply date must be after the receipt date " + t.state().receivedOn);
        }
        RequestEvent e = append(t, EventType.CUSTOM_REPLY_DATE, body.actor(), body.reason(), body.on());
        e.dueOn = body.date();
        return finish(t, e);
    }

    public RequestView reply(long id, ReplyBody body) {
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
        t.request().outcome = body.outcome();
        t.request().concludedOn = body.on();
        return finish(t, e);
    }

    public RequestView withdraw(long id, WithdrawBody body) {
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
