package cn.gov.opendata.application.request.service;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.fee.Money;
import cn.gov.opendata.application.pii.PiiCipher;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.application.request.Applicant;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.Origin;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.application.request.RequestStatus;
import cn.gov.opendata.application.request.SubjectKey;
import cn.gov.opendata.application.request.rest.ApplicantBody;
import cn.gov.opendata.application.request.rest.EventView;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.application.request.rest.RegisterRequestBody;
import cn.gov.opendata.application.request.rest.RequestSummary;
import cn.gov.opendata.application.request.rest.RequestView;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.storage.RetryOnDuplicateKey;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.opendata.platform.params.DatePolicy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Registers requests and answers questions about them. */
@ApplicationScoped
@Transactional
@RetryOnDuplicateKey
public class RequestRegistry {

    /** The registered request and whether this call created it (false: an identical retry). */
    public record Registration(RequestView view, boolean created) {
    }

    @Inject
    RequestViews views;

    @Inject
    SingleRequestRead single;

    @Inject
    AgencyAccess access;

    @Inject
    AuditLog audit;

    @Inject
    RegistrationWrite writes;

    public Registration register(RegisterRequestBody body) {
        DatePolicy.happened("arrivedAt", body.arrivedAt()).ifPresent(v -> {
            throw ApiException.invalid(v.field() + ": " + v.message(), List.of(v));
        });
        boolean registeredPost = Boolean.TRUE.equals(body.registeredPost());
        if (registeredPost && body.channel() != Channel.LETTER) {
            throw ApiException.badRequest("registeredPost", "only a LETTER can come by registered post");
        }
        InformationRequest r = new InformationRequest();
        r.agency = body.agency();
        r.trackingNumber = body.trackingNumber();
        r.channel = body.channel();
        r.registeredPost = registeredPost;
        r.applicantType = body.applicantType();
        r.applicant = applicant(body.applicant());
        r.subject = body.subject().strip();
        r.subjectKey = SubjectKey.of(r.subject);
        r.arrivedAt = body.arrivedAt();
        // Art. 31: in person and registered post are received on arrival; the rest once confirmed with the applicant.
        boolean receivedOnArrival = r.channel == Channel.IN_PERSON || (r.channel == Channel.LETTER && registeredPost);
        r.receivedOn = receivedOnArrival ? LegalDates.dateOf(r.arrivedAt) : null;
        r.status = receivedOnArrival ? RequestStatus.IN_PROGRESS : RequestStatus.AWAITING_CONFIRMATION;
        r.origin = Origin.API;
        r.feeChargedYuan = Money.ZERO;
        r.createdAt = OffsetDateTime.now(ZoneOffset.UTC);

        RequestEvent registered = new RequestEvent();
        registered.seq = 1;
        registered.type = EventType.REGISTERED;
        registered.on = LegalDates.dateOf(r.arrivedAt);
        registered.receivedOn = r.receivedOn;
        registered.recordedAt = r.createdAt;
        registered.actor = "registration";
        registered.reason = receivedOnArrival ? "Art. 31: received on arrival (" + (registeredPost ? "registered post signed for" : "submitted in person") + ")"
                : "Art. 31: awaiting confirmation of receipt with the applicant";
        // the request, its event, the audit entry and the outbox event in one statement, nothing if the number is taken
        Optional<RegistrationWrite.Written> written = writes.insert(r, registered,
                audit.entry(AuditAction.CREATE, "request", r.agency, r.trackingNumber, null));
        if (written.isEmpty()) {
            SingleRequestRead.Found found = single.byKey(body.agency(), body.trackingNumber())
                    .orElseThrow(() -> new IllegalStateException("request " + body.agency() + "/" + body.trackingNumber()
                            + " is registered but cannot be read"));
            InformationRequest existing = found.request();
            if (existing.origin == Origin.API && sameContent(existing, body, registeredPost)) {
                return new Registration(views.view(found, false), false);
            }
            throw ApiException.conflict("Request " + body.agency() + "/" + body.trackingNumber()
                    + " is already registered with different content (id " + existing.id + ")");
        }
        Log.infof("Registered request %d (%s/%s, %s)", r.id, r.agency, r.trackingNumber, r.status);
        // the answer from the history just written and the facts the insert read: no round trip more
        return new Registration(views.view(new SingleRequestRead.Found(r, written.get().similar(),
                written.get().calendarVersion(), ClockEvents.of(List.of(registered))), false), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RequestView> find(long id) {
        return single.byId(id).filter(found -> access.mayRead(found.request().agency)).map(this::singleView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RequestView> findByKey(String agency, String trackingNumber) {
        access.requireRead(agency);
        return single.byKey(agency, trackingNumber).map(this::singleView);
    }

    /**
     * The single-request view: the applicant in clear for a clerk of the owning agency, and that read is audited;
     * masked for the supervisors of its subtree and for admins.
     */
    private RequestView singleView(SingleRequestRead.Found found) {
        InformationRequest r = found.request();
        access.requireRead(r.agency);
        boolean personalData = access.clerkOf(r.agency);
        RequestView view = views.view(found, personalData);
        if (personalData && view.applicant() != null) {
            audit.recordRead("request", r.agency, r.trackingNumber, "id " + r.id + ": applicant");
        }
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RequestSummary> list(RequestFilter filter, int page, int size) {
        RequestFilter.Where where = filter.where();
        PanacheQuery<InformationRequest> query = InformationRequest.find(where.jpql(), Sort.by("id"), where.params());
        long total = query.count();
        List<InformationRequest> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        return new Page<>(views.summaries(items), page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<EventView>> events(long id) {
        InformationRequest r = InformationRequest.findById(id);
        if (r == null || !access.mayRead(r.agency)) {
            return Optional.empty();
        }
        return Optional.of(views.history(id).stream().map(RequestViews::event).toList());
    }

    private static boolean sameContent(InformationRequest r, RegisterRequestBody body, boolean registeredPost) {
        ApplicantBody a = body.applicant();
        Applicant stored = r.applicant == null ? new Applicant() : r.applicant;
        return r.channel == body.channel()
                && r.registeredPost == registeredPost
                && r.applicantType == body.applicantType()
                && r.subject.equals(body.subject().strip())
                && r.arrivedAt != null && r.arrivedAt.toInstant().equals(body.arrivedAt().toInstant())
                && Objects.equals(stored.name, a.name())
                && stored.idType == a.idType()
                && Objects.equals(stored.idNumber, a.idNumber())
                && Objects.equals(stored.phone, a.phone())
                && Objects.equals(stored.address, a.address());
    }

    static Applicant applicant(ApplicantBody body) {
        Applicant a = new Applicant();
        if (body != null) {
            a.name = body.name();
            a.idType = body.idType();
            a.idNumber = body.idNumber();
            a.phone = body.phone();
            a.address = body.address();
            a.idNumberIndex = PiiCipher.index(body.idNumber());
        }
        return a;
    }
}
