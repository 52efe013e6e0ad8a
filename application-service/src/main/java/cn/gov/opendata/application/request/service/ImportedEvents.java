package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.request.EventType;
import cn.gov.opendata.application.request.Outcome;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The history of imported requests, written set-based: a request written by an import has exactly one event, IMPORTED,
 * stating what the line says. A re-imported request's history is replaced (as the import replaces the request), in two
 * statements per 10,000 lines instead of an entity per line.
 */
final class ImportedEvents {

    /** Rows per statement, as {@code StagedUpsert} fills its stage. */
    static final int CHUNK = 10_000;

    /** What one imported line says about its request's history. */
    record Event(long requestId, LocalDate receivedOn, LocalDate dueOn, boolean extended, Outcome outcome,
                 LocalDate concludedOn, BigDecimal amountYuan) {
    }

    private ImportedEvents() {
    }

    /**
     * Deletes the whole history of the re-imported requests, then writes each line's IMPORTED event (sequence 1), in
     * the caller's transaction.
     */
    static void replace(EntityManager em, List<Long> reimported, List<Event> events, OffsetDateTime recordedAt) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            delete(connection, reimported);
            insert(connection, events, recordedAt);
        });
        em.clear();
    }

    private static void delete(Connection connection, List<Long> requests) throws SQLException {
        if (requests.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM request_event WHERE request_id = ANY (?)")) {
            for (int from = 0; from < requests.size(); from += CHUNK) {
                delete.setArray(1, connection.createArrayOf("bigint",
                        requests.subList(from, Math.min(requests.size(), from + CHUNK)).toArray()));
                delete.executeUpdate();
            }
        }
    }

    private static void insert(Connection connection, List<Event> events, OffsetDateTime recordedAt) throws SQLException {
        // an id takes one value of the sequence, which no Hibernate pool holds (as StagedUpsert's rows)
        String sql = """
                INSERT INTO request_event (id, request_id, seq, type, recorded_at, actor, reason, received_on, due_on, extended,
                                           outcome, concluded_on, amount_yuan)
                SELECT nextval('request_event_seq'), u.request_id, 1, ?, ?, 'import', 'historical record', u.received_on,
                       u.due_on, u.extended, u.outcome, u.concluded_on, u.amount_yuan
                FROM unnest(?::bigint[], ?::date[], ?::date[], ?::boolean[], ?::varchar[], ?::date[], ?::numeric[])
                     AS u(request_id, received_on, due_on, extended, outcome, concluded_on, amount_yuan)""";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int from = 0; from < events.size(); from += CHUNK) {
                List<Event> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
                int n = chunk.size();
                Object[] requestIds = new Object[n];
                Object[] receivedOn = new Object[n];
                Object[] dueOn = new Object[n];
                Object[] extended = new Object[n];
                Object[] outcome = new Object[n];
                Object[] concludedOn = new Object[n];
                Object[] amount = new Object[n];
                for (int i = 0; i < n; i++) {
                    Event e = chunk.get(i);
                    requestIds[i] = e.requestId();
                    receivedOn[i] = text(e.receivedOn());
                    dueOn[i] = text(e.dueOn());
                    extended[i] = e.extended();
                    outcome[i] = e.outcome() == null ? null : e.outcome().name();
                    concludedOn[i] = text(e.concludedOn());
                    amount[i] = e.amountYuan() == null ? null : e.amountYuan().toPlainString();
                }
                insert.setString(1, EventType.IMPORTED.name());
                insert.setObject(2, recordedAt);
                insert.setArray(3, connection.createArrayOf("bigint", requestIds));
                insert.setArray(4, connection.createArrayOf("text", receivedOn));
                insert.setArray(5, connection.createArrayOf("text", dueOn));
                insert.setArray(6, connection.createArrayOf("boolean", extended));
                insert.setArray(7, connection.createArrayOf("text", outcome));
                insert.setArray(8, connection.createArrayOf("text", concludedOn));
                insert.setArray(9, connection.createArrayOf("text", amount));
                insert.executeUpdate();
            }
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
