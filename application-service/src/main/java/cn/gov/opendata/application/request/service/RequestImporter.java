package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.pii.PiiCipher;
import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.application.deadline.LegalDates;
import cn.gov.opendata.application.fee.Money;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.json.JsonErrors;
import cn.gov.opendata.platform.json.Utf8;
import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.Origin;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.application.request.RequestStatus;
import cn.gov.opendata.application.request.SubjectKey;
import cn.gov.opendata.application.request.rest.ApplicantBody;
import cn.gov.opendata.application.request.rest.ImportLine;
import cn.gov.opendata.application.request.rest.ImportResult;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.storage.PlannerStatistics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.gov.opendata.platform.params.DatePolicy;
import cn.gov.opendata.application.request.Outcome;
import java.time.LocalDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Historical import (NDJSON): every line is checked before anything is written; then all lines are upserted in
 * one transaction. A line identical to what is stored is left alone, so re-sending a batch changes nothing.
 */
@ApplicationScoped
public class RequestImporter {

    public static final int MAX_LINES = 50_000;
    private static final int CHUNK = 500;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    AgencyAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Event<PlannerStatistics.BulkChange> bulkChanges;

    private record Parsed(int lineNumber, ImportLine line, String hash) {
        String key() {
            return line.agency() + "\u0000" + line.trackingNumber();
        }
    }

    private record Stored(long id, Origin origin, String hash, Outcome outcome, LocalDate concludedOn) {
    }

    @Transactional
    public ImportResult importLines(InputStream body) {
        List<Violation> violations = new ArrayList<>();
        List<Parsed> lines = read(body, violations);
        // refused before anything about existing records (ids, origins) is looked up or reported
        Map<String, Long> linesPerAgency = new TreeMap<>();
        lines.forEach(p -> linesPerAgency.merge(p.line().agency(), 1L, Long::sum));
        access.requireWrite(linesPerAgency.keySet());
        Map<String, Stored> stored = stored(lines);
        for (Parsed p : lines) {
            Stored s = stored.get(p.key());
            if (s != null && s.origin() == Origin.API) {
                violations.add(new Violation("line " + p.lineNumber() + ": trackingNumber",
                        "already registered through the API (id " + s.id() + "); its history cannot be overwritten by an import"));
            } else if (s != null && s.concludedOn() != null && p.line().concludedOn() == null && !Boolean.TRUE.equals(p.line().reopen())) {
                violations.add(new Violation("line " + p.lineNumber() + ": outcome", "the request is concluded (" + s.outcome() + " on "
                        + s.concludedOn() + "); a line without an outcome would reopen it — send \"reopen\":true to reopen it on purpose"));
            }
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparingInt(RequestImporter::lineOf));
            throw ApiException.invalid(violations.size() + " problem(s) in the batch; nothing was imported", violations);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // Requests of a chunk first, then their events, so that the JDBC batches are not broken up by alternating tables.
        List<RequestEvent> events = new ArrayList<>(CHUNK);
        for (Parsed p : lines) {
            Stored s = stored.get(p.key());
            if (s != null && s.hash().equals(p.hash())) {
                unchanged++;
                continue;
            }
            InformationRequest r;
            if (s == null) {
                r = new InformationRequest();
                r.createdAt = now;
                r.origin = Origin.IMPORT;
                fill(r, p);
                r.persist();
                created++;
            } else {
                r = em.find(InformationRequest.class, s.id());
                fill(r, p);
                em.createQuery("delete from RequestEvent where requestId = :id").setParameter("id", r.id).executeUpdate();
                updated++;
            }
            events.add(event(r, p.line(), now));
            if (events.size() >= CHUNK) {
                writeEvents(events);
            }
        }
        writeEvents(events);
        em.flush();
        Log.infof("Import: %d created, %d updated, %d unchanged", created, updated, unchanged);
        String batch = "; batch created " + created + ", updated " + updated + ", unchanged " + unchanged;
        linesPerAgency.forEach((agency, count) -> audit.record(AuditAction.IMPORT, "request", agency, null,
                count + " of " + lines.size() + " lines" + batch));
        bulkChanges.fire(new PlannerStatistics.BulkChange(created + updated, List.of("information_request", "request_event")));
        return new ImportResult(created, updated, unchanged);
    }

    private void writeEvents(List<RequestEvent> events) {
        em.flush();
        events.forEach(em::persist);
        em.flush();
        em.clear();
        events.clear();
    }

    private List<Parsed> read(InputStream body, List<Violation> violations) {
        List<Parsed> lines = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(Utf8.reader(body))) {
            String text;
            int n = 0;
            while ((text = reader.readLine()) != null) {
                n++;
                if (text.isBlank()) {
                    continue;
                }
                if (n > MAX_LINES) {
                    throw ApiException.badRequest("body", "at most " + MAX_LINES + " lines per import");
                }
                ImportLine line = parse(n, text, violations);
                if (line == null) {
                    continue;
                }
                List<Violation> found = check(n, line);
                if (!found.isEmpty()) {
                    violations.addAll(found);
                    continue;
                }
                Parsed parsed = new Parsed(n, line, hash(line));
                if (!keys.add(parsed.key())) {
                    violations.add(new Violation("line " + n + ": trackingNumber", "appears more than once in this batch"));
                    continue;
                }
                lines.add(parsed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private ImportLine parse(int n, String text, List<Violation> violations) {
        try {
            ImportLine line = mapper.readValue(text, ImportLine.class);
            if (line == null) {
                violations.add(new Violation("line " + n + ": body", "must be a JSON object"));
            }
            return line;
        } catch (JsonProcessingException e) {
            Violation violation = JsonErrors.violation(e);
            violations.add(new Violation("line " + n + ": " + violation.field(), violation.message()));
        }
        return null;
    }

    private List<Violation> check(int n, ImportLine line) {
        List<Violation> found = new ArrayList<>();
        String prefix = "line " + n + ": ";
        for (ConstraintViolation<ImportLine> v : validator.validate(line)) {
            found.add(new Violation(prefix + v.getPropertyPath(), v.getMessage()));
        }
        if (!found.isEmpty()) {
            found.sort(Comparator.comparing(Violation::field));
            return found;
        }
        if (Boolean.TRUE.equals(line.registeredPost()) && line.channel() != Channel.LETTER) {
            found.add(new Violation(prefix + "registeredPost", "only a LETTER can come by registered post"));
        }
        DatePolicy.happened(prefix + "arrivedAt", line.arrivedAt()).ifPresent(found::add);
        DatePolicy.happened(prefix + "receivedOn", line.receivedOn()).ifPresent(found::add);
        DatePolicy.happened(prefix + "concludedOn", line.concludedOn()).ifPresent(found::add);
        DatePolicy.planned(prefix + "dueOn", line.dueOn()).ifPresent(found::add);
        if (line.outcome() != null && line.concludedOn() == null) {
            found.add(new Violation(prefix + "concludedOn", "required with an outcome"));
        }
        if (line.outcome() == null && line.concludedOn() != null) {
            found.add(new Violation(prefix + "outcome", "required with a conclusion date"));
        }
        if (line.concludedOn() != null && line.concludedOn().isBefore(line.receivedOn())) {
            found.add(new Violation(prefix + "concludedOn", "must not be before receivedOn " + line.receivedOn()));
        }
        if (line.dueOn() != null && line.dueOn().isBefore(line.receivedOn())) {
            found.add(new Violation(prefix + "dueOn", "must not be before receivedOn " + line.receivedOn()));
        }
        if (line.arrivedAt() != null && LegalDates.dateOf(line.arrivedAt()).isAfter(line.receivedOn())) {
            found.add(new Violation(prefix + "arrivedAt", "must not be after receivedOn " + line.receivedOn()));
        }
        return found;
    }

    private Map<String, Stored> stored(List<Parsed> lines) {
        Set<String> agencies = new HashSet<>();
        lines.forEach(p -> agencies.add(p.line().agency()));
        Map<String, Stored> stored = new HashMap<>();
        if (agencies.isEmpty()) {
            return stored;
        }
        List<Object[]> rows = em.createQuery("""
                select r.agency, r.trackingNumber, r.id, r.origin, r.importHash, r.outcome, r.concludedOn
                from InformationRequest r where r.agency in :agencies""", Object[].class)
                .setParameter("agencies", agencies).getResultList();
        for (Object[] row : rows) {
            stored.put(row[0] + "\u0000" + row[1], new Stored((Long) row[2], (Origin) row[3], row[4] == null ? "" : (String) row[4],
                    (Outcome) row[5], (LocalDate) row[6]));
        }
        return stored;
    }

    private static void fill(InformationRequest r, Parsed p) {
        ImportLine line = p.line();
        r.agency = line.agency();
        r.trackingNumber = line.trackingNumber();
        r.channel = line.channel();
        r.registeredPost = Boolean.TRUE.equals(line.registeredPost());
        r.applicantType = line.applicantType();
        r.applicant = RequestRegistry.applicant(line.applicant());
        r.subject = line.subject().strip();
        r.subjectKey = SubjectKey.of(r.subject);
        r.arrivedAt = line.arrivedAt();
        r.receivedOn = line.receivedOn();
        r.outcome = line.outcome();
        r.concludedOn = line.concludedOn();
        r.status = line.concludedOn() == null ? RequestStatus.IN_PROGRESS : RequestStatus.CONCLUDED;
        r.feeChargedYuan = Money.normalize(line.feeChargedYuan());
        r.publishedAgency = null;
        r.publishedIndexNumber = null;
        r.importHash = p.hash();
    }

    private static RequestEvent event(InformationRequest r, ImportLine line, OffsetDateTime now) {
        RequestEvent e = new RequestEvent();
        e.requestId = r.id;
        e.seq = 1;
        e.type = EventType.IMPORTED;
        e.recordedAt = now;
        e.actor = "import";
        e.reason = "historical record";
        e.receivedOn = line.receivedOn();
        e.dueOn = line.dueOn();
        e.extended = Boolean.TRUE.equals(line.extended());
        e.outcome = line.outcome();
        e.concludedOn = line.concludedOn();
        e.amountYuan = Money.normalize(line.feeChargedYuan());
        return e;
    }

    /**
     * A fingerprint of the normalised line, to tell an unchanged re-sent line. Keyed (HMAC with the personal-data index
     * key, as the id-number index): an unkeyed hash of the applicant fields and columns stored in clear let anyone
     * with the database confirm a guessed name offline.
     */
    private static String hash(ImportLine line) {
        ApplicantBody a = line.applicant();
        String canonical = String.join("\u001f",
                line.agency(), line.trackingNumber(), line.channel().name(), String.valueOf(Boolean.TRUE.equals(line.registeredPost())),
                line.applicantType().name(),
                a == null ? "" : String.join("\u001e", String.valueOf(a.name()), String.valueOf(a.idType()),
                        String.valueOf(a.idNumber()), String.valueOf(a.phone()), String.valueOf(a.address())),
                line.subject().strip(),
                line.arrivedAt() == null ? "" : line.arrivedAt().toInstant().toString(),
                line.receivedOn().toString(), String.valueOf(Boolean.TRUE.equals(line.extended())),
                String.valueOf(line.dueOn()), String.valueOf(line.outcome()), String.valueOf(line.concludedOn()),
                Money.format(line.feeChargedYuan()));
        return PiiCipher.index(canonical);
    }

    private static int lineOf(Violation v) {
        String field = v.field();
        int space = field.indexOf(' ');
        int colon = field.indexOf(':');
        try {
            return Integer.parseInt(field.substring(space + 1, colon));
        } catch (RuntimeException e) {
            return 0;
        }
    }

}
