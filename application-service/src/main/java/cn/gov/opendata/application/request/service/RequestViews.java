package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.calendar.service.CalendarService;
import cn.gov.opendata.application.deadline.Deadline;
import cn.gov.opendata.application.deadline.DeadlineCalculator;
import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.fee.Money;
import cn.gov.opendata.application.pii.Masking;
import cn.gov.opendata.application.request.Applicant;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.application.request.RequestStatus;
import cn.gov.opendata.application.request.rest.ApplicantBody;
import cn.gov.opendata.application.request.rest.EventView;
import cn.gov.opendata.application.request.rest.PublishedAt;
import cn.gov.opendata.application.request.rest.RequestSummary;
import cn.gov.opendata.application.request.rest.RequestView;
import cn.gov.opendata.application.request.rest.VoidedView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the API views of requests, with the deadline derived from each history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RequestViews {

    @Inject
    CalendarService calendars;

    public DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendars.calendar());
    }

    /** Each request's history in order; one query for the whole page. */
    public Map<Long, List<RequestEvent>> histories(Collection<Long> ids) {
        Map<Long, List<RequestEvent>> byRequest = new HashMap<>();
        if (ids.isEmpty()) {
            return byRequest;
        }
        List<RequestEvent> events = RequestEvent.list("requestId in ?1 order by requestId, seq", ids);
        for (RequestEvent e : events) {
            byRequest.computeIfAbsent(e.requestId, k -> new ArrayList<>()).add(e);
        }
        return byRequest;
    }

    public List<RequestEvent> history(long id) {
        return RequestEvent.list("requestId = ?1 order by seq", id);
    }

    /** Where a request stood after the given history: what the to-do answers need to know besides its deadline. */
    public record OpenState(RequestStatus status, LocalDate receivedOn, boolean correctionNoticed, LocalDate correctionWindowEndsOn,
                            LocalDate feeWindowEndsOn, LocalDate consultationStartedOn) {
    }

    public static OpenState state(List<RequestEvent> history) {
        Lifecycle s = Lifecycle.replay(history);
        return new OpenState(s.status(), s.receivedOn, s.correctionNoticed, s.correctionWindowEndsOn, s.feeWindowEndsOn,
                s.consulting ? s.consultationStartedOn : null);
    }

    public Deadline deadline(DeadlineCalculator calculator, List<RequestEvent> history, LocalDate asOf) {
        return calculator.calculate(ClockEvents.of(history), asOf);
    }

    /** The request with its applicant masked: what every view but the owning agency's single-request view shows. */
    public RequestView view(InformationRequest r) {
        return view(r, false);
    }

    /** The request; with {@code personalData} the applicant in clear (the caller audits that read). */
    public RequestView view(InformationRequest r, boolean personalData) {
        return view(r, history(r.id), personalData);
    }

    /** The request with the history the caller already holds: one round trip less. */
    public RequestView view(InformationRequest r, List<RequestEvent> history, boolean personalData) {
        // one round trip for the similar requests and the calendar's version, in plain SQL: translating the HQL count
        // on every single-request view cost a sixth of its CPU (JFR, BENCHMARKS.md)
        Object[] facts = (Object[]) InformationRequest.getEntityManager().createNativeQuery(
                        "SELECT (SELECT count(*) FROM information_request WHERE agency = ?1 AND subject_key = ?2 AND id <> ?3"
                                + " AND voided_on IS NULL), "
                                + CalendarService.VERSION_SQL)
                .setParameter(1, r.agency).setParameter(2, r.subjectKey).setParameter(3, r.id).getSingleResult();
        return view(new SingleRequestRead.Found(r, ((Number) facts[0]).longValue(), String.valueOf(facts[1]),
                ClockEvents.of(history)), personalData);
    }

    /** The request as {@link SingleRequestRead} found it; with {@code personalData} the applicant in clear (the caller audits that read). */
    public RequestView view(SingleRequestRead.Found found, boolean personalData) {
        InformationRequest r = found.request();
        Deadline d = new DeadlineCalculator(calendars.calendar(found.calendarVersion())).calculate(found.history(), LegalDates.today());
        boolean open = r.status.isOpen();
        return new RequestView(r.id, r.agency, r.trackingNumber, r.channel, r.registeredPost, r.applicantType,
                personalData ? applicant(r.applicant) : masked(r.applicant), r.subject, r.subjectKey, r.arrivedAt, r.receivedOn, r.status,
                d.dueOn(), open ? d.workingDaysLeft() : null, open && d.overdue(), open && d.paused(), d.extended(),
                r.outcome, r.concludedOn, Money.format(r.feeChargedYuan), publishedAt(r), found.similar(), r.origin, r.version, r.createdAt,
                d.provisional(), r.voidedOn == null ? null : new VoidedView(r.voidedOn, r.voidedBy, r.voidReason));
    }

    public List<RequestSummary> summaries(List<InformationRequest> requests) {
        DeadlineCalculator calculator = calculator();
        Map<Long, List<RequestEvent>> histories = histories(requests.stream().map(r -> r.id).toList());
        LocalDate today = LegalDates.today();
        return requests.stream().map(r -> summary(r, deadline(calculator, histories.getOrDefault(r.id, List.of()), today))).toList();
    }

    public RequestSummary summary(InformationRequest r, Deadline d) {
        boolean open = r.status != RequestStatus.CONCLUDED;
        return new RequestSummary(r.id, r.agency, r.trackingNumber, r.channel, r.registeredPost, r.applicantType,
                r.subject, r.arrivedAt, r.receivedOn, r.status, d.dueOn(), open ? d.workingDaysLeft() : null,
                open && d.overdue(), open && d.paused(), d.extended(), r.outcome, r.concludedOn,
                Money.format(r.feeChargedYuan), publishedAt(r), r.origin, d.provisional());
    }

    public static EventView event(RequestEvent e) {
        PublishedAt published = e.publishedAgency == null ? null : new PublishedAt(e.publishedAgency, e.publishedIndexNumber);
        return new EventView(e.seq, e.type, e.on, e.recordedAt, e.actor, e.reason, e.receivedOn, e.workingDays,
                e.approvedBy, e.party, e.amountYuan == null ? null : Money.format(e.amountYuan), e.outcome,
                e.windowEndsOn, e.dueOn, e.extended, e.concludedOn, published);
    }

    static ApplicantBody applicant(Applicant a) {
        if (a == null || (a.name == null && a.idNumber == null && a.phone == null && a.address == null && a.idType == null)) {
            return null;
        }
        return new ApplicantBody(a.name, a.idType, a.idNumber, a.phone, a.address);
    }

    static ApplicantBody masked(Applicant a) {
        ApplicantBody clear = applicant(a);
        return clear == null ? null : new ApplicantBody(Masking.name(clear.name()), clear.idType(),
                Masking.idNumber(clear.idType(), clear.idNumber()), Masking.phone(clear.phone()), Masking.address(clear.address()));
    }

    static PublishedAt publishedAt(InformationRequest r) {
        return r.publishedAgency == null ? null : new PublishedAt(r.publishedAgency, r.publishedIndexNumber);
    }
}
