package cn.gov.opendata.application.deadline.service;

import cn.gov.opendata.application.calendar.WorkingDayCalendar;
import cn.gov.opendata.application.deadline.Deadline;
import cn.gov.opendata.application.deadline.DeadlineCalculator;
import cn.gov.opendata.application.deadline.LawInForce;
import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.deadline.rest.DeadlineItem;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.application.request.RequestStatus;
import cn.gov.opendata.application.request.service.RequestViews;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.AgencyScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deadlines and to-do items as of a day, derived from the histories as they stood that day: events dated later had not
 * happened yet, so "what was overdue on D" includes requests answered after D.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeadlineService {

    public static final String REPLY_DUE = "REPLY_DUE";
    public static final String CORRECTION_NOTICE_CLOSING = "CORRECTION_NOTICE_CLOSING";
    public static final String CORRECTION_LAPSED = "CORRECTION_LAPSED";
    public static final String PAYMENT_LAPSED = "PAYMENT_LAPSED";
    public static final String CONSULTATION_OVERDUE = "CONSULTATION_OVERDUE";
    public static final String UNCONFIRMED = "UNCONFIRMED";
    public static final List<String> KINDS = List.of(REPLY_DUE, CORRECTION_NOTICE_CLOSING, CORRECTION_LAPSED, PAYMENT_LAPSED,
            CONSULTATION_OVERDUE, UNCONFIRMED);

    @Inject
    RequestViews views;

    @Inject
    AgencyAccess access;

    public Optional<Deadline> deadline(long id, LocalDate asOf) {
        InformationRequest r = InformationRequest.findById(id);
        if (r == null || !access.mayRead(r.agency)) {
            return Optional.empty();
        }
        return Optional.of(views.deadline(views.calculator(), historyOn(views.history(id), asOf), asOf));
    }

    /** The history as it stood at the end of {@code day}; the entities are copied where changed, never modified. */
    static List<RequestEvent> historyOn(List<RequestEvent> history, LocalDate day) {
        List<RequestEvent> on = new ArrayList<>(history.size());
        for (RequestEvent e : history) {
            if (e.on != null && e.on.isAfter(day)) {
                continue;
            }
            if (e.type == EventType.IMPORTED && e.concludedOn != null && e.concludedOn.isAfter(day)) {
                RequestEvent open = new RequestEvent();
                open.requestId = e.requestId;
                open.seq = e.seq;
                open.type = e.type;
                open.receivedOn = e.receivedOn;
                open.dueOn = e.dueOn;
                open.extended = e.extended;
                on.add(open);
                continue;
            }
            on.add(e);
        }
        return on;
    }

    /** What an office must do as of {@code asOf}: every kind, or only {@code kind} (the reminders ask for REPLY_DUE). */
    public Page<DeadlineItem> upcoming(AgencyScope scope, int within, LocalDate asOf, String kind, int page, int size) {
        OffsetDateTime endOfDay = asOf.atTime(LocalTime.MAX).atZone(LegalDates.ZONE).toOffsetDateTime();
        String open = "(receivedOn <= ?1 or (receivedOn is null and arrivedAt <= ?2) or (receivedOn > ?1 and arrivedAt <= ?2))"
                + " and (concludedOn is null or concludedOn > ?1) and voidedOn is null";
        List<InformationRequest> requests = scope.all()
                ? InformationRequest.list(open, asOf, endOfDay)
                : scope.agencies().isEmpty() ? List.of()
                : InformationRequest.list(open + " and agency in ?3", asOf, endOfDay, scope.agencies());
        DeadlineCalculator calculator = views.calculator();
        WorkingDayCalendar calendar = calculator.calendar();
        Map<Long, List<RequestEvent>> histories = views.histories(requests.stream().map(r -> r.id).toList());
        List<DeadlineItem> items = new ArrayList<>();
        for (InformationRequest r : requests) {
            List<RequestEvent> history = historyOn(histories.getOrDefault(r.id, List.of()), asOf);
            RequestViews.OpenState state = RequestViews.state(history);
            if (state.status() == RequestStatus.CONCLUDED) {
                continue;
            }
            if (state.status() == RequestStatus.AWAITING_CONFIRMATION) {
                LocalDate arrived = r.arrivedAt == null ? null : LegalDates.dateOf(r.arrivedAt);
                items.add(new DeadlineItem(r.id, r.agency, r.trackingNumber, state.status(), null, null, null, false, false,
                        UNCONFIRMED, arrived, false));
                continue;
            }
            Deadline d = views.deadline(calculator, history, asOf);
            if (d.dueOn() != null && d.workingDaysLeft() != null && (d.overdue() || d.workingDaysLeft() <= within)) {
                items.add(item(r, state, d, REPLY_DUE, d.dueOn()));
            }
            LawInForce law = LawInForce.on(state.receivedOn());
            if (law.limitsCorrectionNotice() && state.status() == RequestStatus.IN_PROGRESS && !state.correctionNoticed()) {
                LocalDate limit = calendar.addWorkingDays(state.receivedOn(), DeadlineCalculator.CORRECTION_NOTICE_WORKING_DAYS);
                if (!asOf.isAfter(limit) && calendar.workingDaysBetween(asOf, limit) <= within) {
                    items.add(item(r, state, d, CORRECTION_NOTICE_CLOSING, limit));
                }
            }
            if (state.status() == RequestStatus.AWAITING_CORRECTION && state.correctionWindowEndsOn() != null
                    && asOf.isAfter(state.correctionWindowEndsOn())) {
                items.add(item(r, state, d, CORRECTION_LAPSED, state.correctionWindowEndsOn()));
            }
            if (state.status() == RequestStatus.AWAITING_PAYMENT && state.feeWindowEndsOn() != null
                    && asOf.isAfter(state.feeWindowEndsOn())) {
                items.add(item(r, state, d, PAYMENT_LAPSED, state.feeWindowEndsOn()));
            }
            if (state.consultationStartedOn() != null) {
                d.law().consultationAnswerBy(calendar, state.consultationStartedOn()).filter(asOf::isAfter)
                        .ifPresent(limit -> items.add(item(r, state, d, CONSULTATION_OVERDUE, limit)));
            }
        }
        List<DeadlineItem> wanted = kind == null ? items : items.stream().filter(i -> i.kind().equals(kind)).toList();
        List<DeadlineItem> sorted = new ArrayList<>(wanted);
        sorted.sort(Comparator.comparing(DeadlineItem::actionBy, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DeadlineItem::id).thenComparing(DeadlineItem::kind));
        int from = (int) Math.min(sorted.size(), (long) page * size);
        int to = Math.min(sorted.size(), from + size);
        return new Page<>(sorted.subList(from, to), page, size, sorted.size());
    }

    private static DeadlineItem item(InformationRequest r, RequestViews.OpenState state, Deadline d, String kind, LocalDate actionBy) {
        return new DeadlineItem(r.id, r.agency, r.trackingNumber, state.status(), state.receivedOn(), d.dueOn(),
                d.workingDaysLeft(), d.overdue(), d.extended(), kind, actionBy, d.provisional());
    }
}
