package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.calendar.service.CalendarService;
import cn.gov.opendata.application.events.RequestOutbox;
import cn.gov.opendata.application.pii.PiiCipher;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.platform.audit.AuditEntry;
import cn.gov.opendata.platform.outbox.Outbox;
import cn.gov.opendata.platform.storage.PooledIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * Writes a new registration in one statement: the request, its first event, its audit entry and its outbox event (with
 * the deliveries to its subscribers), unless the agency's tracking number is taken (then nothing), and reads what the
 * answer needs besides them: the count of similar requests and the calendar's version. Persisting them as entities
 * took a Hibernate flush and a round trip per row (profile in BENCHMARKS.md, issue 24). The columns are those the
 * entities map, personal data encrypted as their converter would; ids come from the entities' sequences as Hibernate
 * takes them ({@link PooledIds}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegistrationWrite {

    /** What the answer needs besides what was written: the count of similar requests and the calendar's version. */
    public record Written(long similar, String calendarVersion) {
    }

    private static final String SQL = """
            WITH request AS (
                INSERT INTO information_request (id, version, agency, tracking_number, channel, registered_post,
                    applicant_type, applicant_name, applicant_id_type, applicant_id_number, applicant_id_index,
                    applicant_phone, applicant_address, subject, subject_key, arrived_at, received_on, status,
                    fee_charged_yuan, origin, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (agency, tracking_number) DO NOTHING RETURNING id),
            event AS (
                INSERT INTO request_event (id, request_id, seq, type, on_date, recorded_at, actor, reason, received_on)
                SELECT ?, id, ?, ?, ?, ?, ?, ?, ? FROM request),
            audit AS (
                INSERT INTO audit_entry (id, occurred_at, subject, subject_agency, roles, action, record_type,
                    record_agency, record_key, detail)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM request),
            """ + Outbox.ctes("request") + """
            SELECT (SELECT count(*) FROM request),
                   (SELECT count(*) FROM information_request WHERE agency = ? AND subject_key = ? AND voided_on IS NULL),
            """ + CalendarService.VERSION_SQL;

    // the allocationSize of InformationRequest, RequestEvent and AuditEntry
    private final PooledIds requestIds = new PooledIds("information_request_seq", 50);
    private final PooledIds eventIds = new PooledIds("request_event_seq", 50);
    private final PooledIds auditIds = new PooledIds("audit_entry_seq", 50);

    private final DataSource dataSource;
    private final RequestOutbox events;

    public RegistrationWrite(DataSource dataSource, RequestOutbox events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /**
     * Inserts the request, its first event, the audit entry of the act and the request.registered event, giving the
     * request its id (the event names it, the entry's detail is "id " + it, as for every other write); empty, and nothing
     * written, when the agency already has a request of that tracking number (a retry or a concurrent registration: the
     * caller reads that one).
     */
    public Optional<Written> insert(InformationRequest r, RequestEvent first, AuditEntry entry) {
        try (Connection c = dataSource.getConnection()) {
            r.id = requestIds.next(c);
            first.id = eventIds.next(c);
            first.requestId = r.id;
            entry.id = auditIds.next(c);
            entry.detail = "id " + r.id;
            Outbox.Event event = events.registered(r);
            try (PreparedStatement s = c.prepareStatement(SQL)) {
                int i = 0;
                s.setLong(++i, r.id);
                s.setLong(++i, r.version);
                s.setString(++i, r.agency);
                s.setString(++i, r.trackingNumber);
                s.setString(++i, r.channel.name());
                s.setBoolean(++i, r.registeredPost);
                s.setString(++i, r.applicantType.name());
                s.setString(++i, PiiCipher.encrypt(r.applicant.name));
                s.setString(++i, r.applicant.idType == null ? null : r.applicant.idType.name());
                s.setString(++i, PiiCipher.encrypt(r.applicant.idNumber));
                s.setString(++i, r.applicant.idNumberIndex);
                s.setString(++i, PiiCipher.encrypt(r.applicant.phone));
                s.setString(++i, PiiCipher.encrypt(r.applicant.address));
                s.setString(++i, r.subject);
                s.setString(++i, r.subjectKey);
                s.setObject(++i, r.arrivedAt);
                date(s, ++i, r.receivedOn);
                s.setString(++i, r.status.name());
                s.setBigDecimal(++i, r.feeChargedYuan);
                s.setString(++i, r.origin.name());
                s.setObject(++i, r.createdAt);

                s.setLong(++i, first.id);
                s.setInt(++i, first.seq);
                s.setString(++i, first.type.name());
                date(s, ++i, first.on);
                s.setObject(++i, first.recordedAt);
                s.setString(++i, first.actor);
                s.setString(++i, first.reason);
                date(s, ++i, first.receivedOn);

                s.setLong(++i, entry.id);
                s.setObject(++i, entry.occurredAt);
                s.setString(++i, entry.subject);
                s.setString(++i, entry.subjectAgency);
                s.setString(++i, entry.roles);
                s.setString(++i, entry.action.name());
                s.setString(++i, entry.recordType);
                s.setString(++i, entry.recordAgency);
                s.setString(++i, entry.recordKey);
                s.setString(++i, entry.detail);
                i = Outbox.bind(s, i, event);

                s.setString(++i, r.agency);
                s.setString(++i, r.subjectKey);
                try (ResultSet row = s.executeQuery()) {
                    row.next();
                    return row.getLong(1) == 0 ? Optional.empty() : Optional.of(new Written(row.getLong(2), row.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot register request " + r.agency + "/" + r.trackingNumber, e);
        }
    }

    private static void date(PreparedStatement s, int index, java.time.LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setObject(index, date);
        }
    }
}
