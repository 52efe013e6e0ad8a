package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.calendar.service.CalendarService;
import cn.gov.opendata.application.deadline.ClockEvent;
import cn.gov.opendata.application.pii.PiiCipher;
import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.ConsultationParty;
import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.IdType;
import cn.gov.opendata.application.request.InformationRequest;
import cn.gov.opendata.application.request.Origin;
import cn.gov.opendata.application.request.Outcome;
import cn.gov.opendata.application.request.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads one request for its single view in one round trip: the row, the count of its similar requests, the
 * calendar's version and the history the deadline is replayed from. Loading these as entities took three queries
 * and most of a read's time (profile in BENCHMARKS.md, issue 24); the request comes back as a detached entity, its
 * personal data decrypted as the entity's converter would.
 */
@ApplicationScoped
public class SingleRequestRead {

    /** The request, what the view needs besides it, and its history as the deadline arithmetic takes it. */
    public record Found(InformationRequest request, long similar, String calendarVersion, List<ClockEvent> history) {
    }

    private static final String SELECT = "SELECT r.id, r.version, r.agency, r.tracking_number, r.channel, r.registered_post,"
            + " r.applicant_type, r.applicant_name, r.applicant_id_type, r.applicant_id_number, r.applicant_phone,"
            + " r.applicant_address, r.subject, r.subject_key, r.arrived_at, r.received_on, r.status, r.outcome,"
            + " r.concluded_on, r.fee_charged_yuan, r.published_agency, r.published_index_number, r.origin, r.created_at,"
            + " r.voided_on, r.voided_by, r.void_reason, alike.n, " + CalendarService.VERSION_SQL + ","
            + " e.seq, e.type, e.on_date, e.received_on, e.working_days, e.party, e.due_on, e.extended, e.concluded_on"
            + " FROM information_request r"
            + " CROSS JOIN LATERAL (SELECT count(*) AS n FROM information_request s"
            + "   WHERE s.agency = r.agency AND s.subject_key = r.subject_key AND s.id <> r.id"
            + "   AND s.voided_on IS NULL) alike"
            + " LEFT JOIN request_event e ON e.request_id = r.id";

    // No ORDER BY: sorting the joined wide rows cost PostgreSQL more than the rest of the statement together
    // (0.15 against 0.07 ms per read, BENCHMARKS.md); the history is put in order here instead.
    private static final String BY_ID = SELECT + " WHERE r.id = ?";
    private static final String BY_KEY = SELECT + " WHERE r.agency = ? AND r.tracking_number = ?";

    private final DataSource dataSource;

    public SingleRequestRead(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Found> byId(long id) {
        return read(BY_ID, id);
    }

    public Optional<Found> byKey(String agency, String trackingNumber) {
        return read(BY_KEY, agency, trackingNumber);
    }

    private Optional<Found> read(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                InformationRequest r = request(rows);
                long similar = rows.getLong(28);
                String calendarVersion = rows.getString(29);
                List<Sequenced> events = new ArrayList<>();
                do {
                    String type = rows.getString(31);
                    if (type != null) {
                        events.add(new Sequenced(rows.getLong(30), ClockEvents.of(EventType.valueOf(type), rows.getObject(32, LocalDate.class),
                                rows.getObject(33, LocalDate.class), (Integer) rows.getObject(34), enumOf(ConsultationParty.class, rows.getString(35)),
                                rows.getObject(36, LocalDate.class), (Boolean) rows.getObject(37), rows.getObject(38, LocalDate.class))));
                    }
                } while (rows.next());
                events.sort(Comparator.comparingLong(Sequenced::seq));
                return Optional.of(new Found(r, similar, calendarVersion, events.stream().map(Sequenced::event).toList()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a request", e);
        }
    }

    private record Sequenced(long seq, ClockEvent event) {
    }

    private static InformationRequest request(ResultSet row) throws SQLException {
        InformationRequest r = new InformationRequest();
        r.id = row.getLong(1);
        r.version = row.getLong(2);
        r.agency = row.getString(3);
        r.trackingNumber = row.getString(4);
        r.channel = enumOf(Channel.class, row.getString(5));
        r.registeredPost = row.getBoolean(6);
        r.applicantType = enumOf(ApplicantType.class, row.getString(7));
        r.applicant.name = PiiCipher.decrypt(row.getString(8));
        r.applicant.idType = enumOf(IdType.class, row.getString(9));
        r.applicant.idNumber = PiiCipher.decrypt(row.getString(10));
        r.applicant.phone = PiiCipher.decrypt(row.getString(11));
        r.applicant.address = PiiCipher.decrypt(row.getString(12));
        r.subject = row.getString(13);
        r.subjectKey = row.getString(14);
        r.arrivedAt = row.getObject(15, OffsetDateTime.class);
        r.receivedOn = row.getObject(16, LocalDate.class);
        r.status = enumOf(RequestStatus.class, row.getString(17));
        r.outcome = enumOf(Outcome.class, row.getString(18));
        r.concludedOn = row.getObject(19, LocalDate.class);
        r.feeChargedYuan = row.getBigDecimal(20);
        r.publishedAgency = row.getString(21);
        r.publishedIndexNumber = row.getString(22);
        r.origin = enumOf(Origin.class, row.getString(23));
        r.createdAt = row.getObject(24, OffsetDateTime.class);
        r.voidedOn = row.getObject(25, LocalDate.class);
        r.voidedBy = row.getString(26);
        r.voidReason = row.getString(27);
        return r;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
