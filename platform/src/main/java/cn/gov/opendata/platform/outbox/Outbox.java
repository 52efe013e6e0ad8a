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

    /** Records the event; returns its id, the idempotency key. */
    public UUID record(String type, String agency, String recordKey, Map<String, Object> data) {
        return record(type, agency, recordKey, data, null).orElseThrow();
    }

    /**
     * Records the event unless one with the same {@code dedupeKey} was recorded before (a daily reminder about the same
     * due date): empty then.
     */
    public java.util.Optional<UUID> record(String type, String agency, String recordKey, Map<String, Object> data, String dedupeKey) {
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
        String body;
        try {
            body = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be written as JSON", e);
        }
        // one round trip: the deliveries are made from the event row the same statement inserted (none if the dedupe
        // key was taken), and the foreign key is checked at the end of the statement, when both are there
        try (Connection c = dataSource.getConnection(); PreparedStatement record = c.prepareStatement("""
                WITH event AS (
                    INSERT INTO outbox_event (id, type, agency, record_key, dedupe_key, body, occurred_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, agency, type, occurred_at),
                delivery AS (
                    INSERT INTO outbox_delivery (event_id, subscription_id, status, attempts, next_attempt_at, updated_at)
                    SELECT e.id, s.id, 'PENDING', 0, e.occurred_at, e.occurred_at FROM event e
                      JOIN outbox_subscription s ON s.active AND s.agency = e.agency
                       AND (s.event_types IS NULL OR e.type = ANY (string_to_array(s.event_types, ','))))
                SELECT count(*) FROM event""")) {
            record.setObject(1, id);
            record.setString(2, type);
            record.setString(3, agency);
            record.setString(4, recordKey);
            record.setString(5, dedupeKey);
            record.setString(6, body);
            record.setObject(7, now);
            try (ResultSet inserted = record.executeQuery()) {
                if (!inserted.next() || inserted.getLong(1) == 0) {
                    return java.util.Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Event " + type + " could not be recorded", e);
        }
        return java.util.Optional.of(id);
    }
}
