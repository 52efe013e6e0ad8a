package cn.gov.opendata.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Records a domain event in the caller's transaction (transactional outbox): the event and one pending delivery per
 * active subscription of its agency are written with the change, so either both commit or neither does, and a crash
 * after the commit loses nothing — {@link OutboxDispatcher} delivers whatever is pending. The body is fixed here, so
 * every attempt sends the same bytes under the same idempotency key (the event id).
 */
@ApplicationScoped
@IfBuildProperty(name = "opendata.outbox.enabled", stringValue = "true")
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    /** Plain JDBC: the connection is the transaction's own (Agroal enlists it), and nulls bind with their types. */
    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private static final String RECORD = """
            WITH event AS (
                INSERT INTO outbox_event (id, type, agency, record_key, dedupe_key, body, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, agency, type, occurred_at),
            """ + deliveries("delivery", "event") + "SELECT count(*) FROM event";

    /** Records the event; returns its id, the idempotency key. */
    public UUID record(String type, String agency, String recordKey, Map<String, Object> data) {
        return record(type, agency, recordKey, data, null).orElseThrow();
    }

    /**
     * An event to be written by the caller's own statement, with its change ({@link #ctes}, {@link #bind}): its id (the
     * idempotency key), time and body are fixed here, as {@link #record} fixes them.
     */
    public record Event(UUID id, String type, String agency, String recordKey, String body, OffsetDateTime occurredAt) {
    }

    /** The event, not yet written. */
    public Event event(String type, String agency, String recordKey, Map<String, Object> data) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id.toString());
        envelope.put("type", type);
        envelope.put("source", service);
        envelope.put("agency", agency);
        envelope.put("key", recordKey);
        envelope.put("occurredAt", now.toString());
        envelope.put("data", data);
        try {
            return new Event(id, type, agency, recordKey, json.writeValueAsString(envelope), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be written as JSON", e);
        }
    }

    /**
     * Two common table expressions for a caller's statement (after its {@code WITH}, comma-separated from its own):
     * they write the event and its deliveries once for each row of the caller's CTE {@code source} (none when it has
     * none), as {@link #record} does. Their six parameters are bound by {@link #bind}, at their place in the statement.
     */
    public static String ctes(String source) {
        return """
                outbox_event_row AS (
                    INSERT INTO outbox_event (id, type, agency, record_key, dedupe_key, body, occurred_at)
                    SELECT ?, ?, ?, ?, NULL, ?, ? FROM %s RETURNING id, agency, type, occurred_at),
                """.formatted(source) + deliveries("outbox_delivery_row", "outbox_event_row");
    }

    /** A CTE {@code name} writing one pending delivery of each event of the CTE {@code events} per subscription to it. */
    private static String deliveries(String name, String events) {
        return """
                %s AS (
                    INSERT INTO outbox_delivery (event_id, subscription_id, status, attempts, next_attempt_at, updated_at)
                    SELECT e.id, s.id, 'PENDING', 0, e.occurred_at, e.occurred_at FROM %s e
                      JOIN outbox_subscription s ON s.active AND s.agency = e.agency
                       AND (s.event_types IS NULL OR e.type = ANY (string_to_array(s.event_types, ','))))
                """.formatted(name, events);
    }

    /** Binds the event's parameters of {@link #ctes} from {@code index} on; returns the index of the last one bound. */
    public static int bind(PreparedStatement statement, int index, Event event) throws SQLException {
        statement.setObject(++index, event.id());
        statement.setString(++index, event.type());
        statement.setString(++index, event.agency());
        statement.setString(++index, event.recordKey());
        statement.setString(++index, event.body());
        statement.setObject(++index, event.occurredAt());
        return index;
    }

    /**
     * Records the event unless one with the same {@code dedupeKey} was recorded before (a daily reminder about the same
     * due date): empty then.
     */
    public java.util.Optional<UUID> record(String type, String agency, String recordKey, Map<String, Object> data, String dedupeKey) {
        Event event = event(type, agency, recordKey, data);
        // one round trip: the deliveries are made from the event row the same statement inserted (none if the dedupe
        // key was taken), and the foreign key is checked at the end of the statement, when both are there
        try (Connection c = dataSource.getConnection(); PreparedStatement record = c.prepareStatement(RECORD)) {
            record.setObject(1, event.id());
            record.setString(2, type);
            record.setString(3, agency);
            record.setString(4, recordKey);
            record.setString(5, dedupeKey);
            record.setString(6, event.body());
            record.setObject(7, event.occurredAt());
            try (ResultSet inserted = record.executeQuery()) {
                if (!inserted.next() || inserted.getLong(1) == 0) {
                    return java.util.Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Event " + type + " could not be recorded", e);
        }
        return java.util.Optional.of(event.id());
    }
}
