package cn.gov.opendata.application.letter.service;

import cn.gov.opendata.application.calendar.service.CalendarService;
import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.letter.DocumentNumbers;
import cn.gov.opendata.application.letter.Letter;
import cn.gov.opendata.application.letter.LetterComposer;
import cn.gov.opendata.application.letter.LetterDocx;
import cn.gov.opendata.application.letter.LetterKind;
import cn.gov.opendata.application.letter.LetterText;
import cn.gov.opendata.application.letter.rest.DeliveryBody;
import cn.gov.opendata.application.letter.rest.IssueLetterBody;
import cn.gov.opendata.application.letter.rest.LetterSettingView;
import cn.gov.opendata.application.letter.rest.LetterView;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.application.request.service.RequestViews;
import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.params.DatePolicy;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.AgencyAccess;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues a request's letters, lists them, hands out their documents and records their delivery. Letters name the
 * applicant in clear, so only the owning agency's clerks issue and read them (docs/SECURITY.md); their records
 * (number, kind, dates, hash) are readable by whoever reads the request. To a caller who may not read the request,
 * its letters are missing (404), as the request itself is.
 */
@ApplicationScoped
@Transactional
public class LetterService {

    /** The document and what a download needs to name it. */
    public record Document(byte[] content, String sha256, String fileName) {
    }

    /** Fired inside the issuing transaction (the outbox listens). */
    public record Issued(Letter letter, InformationRequest request) {
    }

    @Inject
    AgencyAccess access;

    @Inject
    AuditLog audit;

    @Inject
    RequestViews views;

    @Inject
    CalendarService calendars;

    @Inject
    LetterNumbering numbering;

    @Inject
    LetterSettings settings;

    @Inject
    Event<Issued> issued;

    /** The letter, and whether this call issued it (false: an identical issue made it before). */
    public record Issue(LetterView letter, boolean created) {
    }

    /**
     * Idempotent: the same kind, reporting the same step of the history, of the same date, to the same recipient, by the
     * same clerk is the letter already issued (a retry whose answer was lost), not a second one with the next number.
     * The request's row is locked first, so that racing retries see each other.
     */
    public Issue issue(long requestId, IssueLetterBody body) {
        InformationRequest r = InformationRequest.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !access.mayRead(r.agency)) {
            throw ApiException.notFound("No request " + requestId);
        }
        requireClerk(r, "issue");
        if (r.voidedOn != null) {
            throw ApiException.conflict("申请 " + requestId + " 已于" + r.voidedOn + "作为误登记作废，不能出具文书");
        }
        List<RequestEvent> history = views.history(requestId);
        RequestEvent source = LetterComposer.source(body.kind(), history);
        LocalDate date = body.on() != null ? body.on() : source.on != null ? source.on : LegalDates.today();
        DatePolicy.happened("on", date).ifPresent(v -> {
            throw ApiException.badRequest(v.field(), v.message());
        });
        if (source.on != null && date.isBefore(source.on)) {
            throw ApiException.conflict("A letter dated " + date + " cannot report a step of " + source.on);
        }
        if (body.kind().toApplicant() && body.recipient() != null) {
            throw ApiException.badRequest("recipient", "only a consultation letter names its recipient; the others go to the applicant");
        }
        String actor = body.actor().strip();
        String recipient = body.kind().toApplicant() ? null : blankToNull(body.recipient());
        if (source.id != null) {
            // the recipient is compared here: it may be null, which a query's "=" never matches
            Optional<Letter> same = Letter.<Letter>list("requestId = ?1 and kind = ?2 and sourceEvent = ?3 and issuedOn = ?4 and issuedBy = ?5",
                            r.id, body.kind(), source.id, date, actor).stream()
                    .filter(l -> Objects.equals(l.recipient, recipient)).findFirst();
            if (same.isPresent()) {
                return new Issue(view(same.get()), false);
            }
        }
        LetterSettingView letterhead = settings.view(r.agency);
        LetterComposer composer = new LetterComposer(calendars.calendar());
        // compose once before numbering so that a letter the history cannot support fails without taking a number
        composer.compose(body.kind(), r, history, source, letterhead.agencyName(), "", date, extras(body));

        int number = numbering.next(r.agency, date.getYear());
        String documentNumber = DocumentNumbers.format(letterhead.numberPattern(), date.getYear(), number);
        LetterText text = composer.compose(body.kind(), r, history, source, letterhead.agencyName(), documentNumber, date, extras(body));
        byte[] content = LetterDocx.render(text);

        Letter letter = new Letter();
        letter.requestId = r.id;
        letter.agency = r.agency;
        letter.kind = body.kind();
        letter.outcome = body.kind() == LetterKind.REPLY ? source.outcome : null;
        letter.year = date.getYear();
        letter.number = number;
        letter.documentNumber = documentNumber;
        letter.issuedOn = date;
        letter.issuedAt = OffsetDateTime.now(ZoneOffset.UTC);
        letter.issuedBy = actor;
        letter.recipient = recipient;
        letter.sourceEvent = source.id;
        letter.content = content;
        letter.sha256 = sha256(content);
        letter.persist();
        audit.record(AuditAction.CREATE, "letter", r.agency, documentNumber, "request " + r.id + ": " + body.kind());
        issued.fire(new Issued(letter, r));
        Log.infof("Letter %s (%s) issued for request %d", documentNumber, body.kind(), r.id);
        return new Issue(view(letter), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<LetterView>> list(long requestId) {
        InformationRequest r = InformationRequest.findById(requestId);
        if (r == null || !access.mayRead(r.agency)) {
            return Optional.empty();
        }
        List<Letter> letters = Letter.list("requestId = ?1 order by issuedOn, number", requestId);
        return Optional.of(letters.stream().map(LetterService::view).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LetterView> find(long requestId, long letterId) {
        return letter(requestId, letterId).filter(l -> access.mayRead(l.agency)).map(LetterService::view);
    }

    /** The DOCX as issued; reading it is reading the applicant's personal data, so it is audited. */
    public Optional<Document> document(long requestId, long letterId) {
        Optional<Letter> found = letter(requestId, letterId).filter(l -> access.mayRead(l.agency));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Letter l = found.get();
        InformationRequest r = InformationRequest.findById(l.requestId);
        requireClerk(r, "read");
        audit.record(AuditAction.READ_PERSONAL_DATA, "letter", l.agency, l.documentNumber, "request " + l.requestId + ": document");
        return Optional.of(new Document(l.content, l.sha256, "letter-" + l.year + "-" + l.number + "-" + l.kind.name().toLowerCase() + ".docx"));
    }

    /** Records the service (送达) of a letter on the letter and as an event of the request. */
    public LetterView deliver(long requestId, long letterId, DeliveryBody body) {
        InformationRequest r = InformationRequest.findById(requestId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Letter l = letter(requestId, letterId).filter(x -> access.mayRead(x.agency)).orElseThrow(() -> ApiException.notFound("No letter " + letterId + " of request " + requestId));
        requireClerk(r, "record the delivery of");
        DatePolicy.happened("on", body.on()).ifPresent(v -> {
            throw ApiException.badRequest(v.field(), v.message());
        });
        if (l.deliveredOn != null) {
            throw ApiException.conflict("Letter " + l.documentNumber + " was already delivered on " + l.deliveredOn + " (" + l.deliveryMethod + ")");
        }
        if (body.on().isBefore(l.issuedOn)) {
            throw ApiException.conflict("A letter issued on " + l.issuedOn + " cannot be delivered on " + body.on());
        }
        l.deliveryMethod = body.method();
        l.deliveredOn = body.on();
        l.deliveredBy = body.actor().strip();

        Integer lastSeq = RequestEvent.getEntityManager()
                .createQuery("select max(e.seq) from RequestEvent e where e.requestId = ?1", Integer.class)
                .setParameter(1, requestId).getSingleResult();
        RequestEvent e = new RequestEvent();
        e.requestId = requestId;
        e.seq = (lastSeq == null ? 0 : lastSeq) + 1;
        e.type = EventType.LETTER_DELIVERED;
        e.on = body.on();
        e.actor = l.deliveredBy;
        e.reason = "送达 " + l.kind.title() + " " + l.documentNumber + "（" + body.method().label() + "）";
        e.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.persist();
        audit.record(AuditAction.UPDATE, "letter", l.agency, l.documentNumber, "delivered " + body.method());
        return view(l);
    }

    private Optional<Letter> letter(long requestId, long letterId) {
        return Letter.<Letter>findByIdOptional(letterId).filter(l -> l.requestId == requestId);
    }

    /** Callers who may not read the request never get here: to them it does not exist (404, as for the request). */
    private void requireClerk(InformationRequest r, String what) {
        if (!access.clerkOf(r.agency)) {
            throw ApiException.forbidden("Letters name the applicant: only clerks of agency " + r.agency + " may " + what + " them");
        }
    }

    private static LetterComposer.Extras extras(IssueLetterBody body) {
        return new LetterComposer.Extras(body.recipient(), body.note());
    }

    static LetterView view(Letter l) {
        return new LetterView(l.id, l.requestId, l.agency, l.kind, l.kind.title(), l.outcome, l.documentNumber, l.year, l.number,
                l.issuedOn, l.issuedAt, l.issuedBy, l.recipient, l.sha256, l.deliveryMethod, l.deliveredOn, l.deliveredBy);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
