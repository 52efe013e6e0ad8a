package cn.gov.opendata.platform.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Delivers pending events, at least once. Each round claims a batch of due deliveries in a short transaction (moving
 * their next attempt a lease ahead, {@code FOR UPDATE SKIP LOCKED} so replicas share the work), posts each outside any
 * transaction, and records the outcome in another: delivered on a 2xx; otherwise retried after an exponentially
 * growing wait, and a dead letter after {@link OutboxSettings#maxAttempts()} attempts. A dispatcher that dies between
 * claim and outcome leaves the claim to expire, and the delivery is tried again — with the same body, signature and
 * idempotency key. Every attempt is in the delivery log.
 */
@ApplicationScoped
@IfBuildProperty(name = "opendata.outbox.enabled", stringValue = "true")
public class OutboxDispatcher {

    /** A claimed delivery with what posting it needs. */
    public record Claimed(long delivery, String eventId, String type, String body, String url, String secret, int attempts) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    OutboxSettings settings;

    private volatile HttpClient http;

    @Scheduled(every = "${opendata.outbox.delivery.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${opendata.outbox.delivery.every:10s}")
    void poll() {
        if (settings.scheduled()) {
            dispatch(Instant.now());
        }
    }

    /** One round as of {@code now}: returns how many deliveries were attempted. */
    public int dispatch(Instant now) {
        List<Claimed> batch = claim(now);
        for (Claimed c : batch) {
            deliver(c, now);
        }
        return batch.size();
    }

    /** Claims due deliveries in one statement (its own transaction): what a dispatcher holds when it dies. */
    public List<Claimed> claim(Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement claim = c.prepareStatement("""
                WITH due AS (
                    SELECT id FROM outbox_delivery
                     WHERE status = 'PENDING' AND next_attempt_at <= ?
                     ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED),
                claimed AS (
                    UPDATE outbox_delivery d SET next_attempt_at = ?, updated_at = ?
                      FROM due WHERE d.id = due.id
                    RETURNING d.id, d.event_id, d.subscription_id, d.attempts)
                SELECT c.id, CAST(e.id AS text), e.type, e.body, s.url, s.secret, c.attempts
                  FROM claimed c JOIN outbox_event e ON e.id = c.event_id
                  JOIN outbox_subscription s ON s.id = c.subscription_id
                 ORDER BY c.id""")) {
            claim.setObject(1, at);
            claim.setInt(2, settings.batchSize());
            claim.setObject(3, at.plus(settings.lease()));
            claim.setObject(4, at);
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox deliveries could not be claimed", e);
        }
        return claimed;
    }

    /** Posts one claimed delivery and records the outcome. */
    public void deliver(Claimed c, Instant now) {
        byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header(OutboxSignature.IDEMPOTENCY_HEADER, c.eventId())
                    .header(OutboxSignature.EVENT_TYPE_HEADER, c.type())
                    .header(OutboxSignature.HEADER, OutboxSignature.sign(c.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        record(c, now, status, error);
    }

    private void record(Claimed c, Instant now, Integer status, String error) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int attempts = c.attempts() + 1;
        String outcome = error == null ? "DELIVERED" : attempts >= settings.maxAttempts() ? "DEAD" : "PENDING";
        OffsetDateTime next = error == null ? at : at.plus(backoff(attempts));
        String clipped = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection conn = dataSource.getConnection();
                 PreparedStatement update = conn.prepareStatement("""
                         UPDATE outbox_delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ?,
                                delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END, updated_at = ?
                          WHERE id = ?""");
                 PreparedStatement log = conn.prepareStatement(
                         "INSERT INTO outbox_attempt (delivery_id, attempted_at, http_status, error) VALUES (?, ?, ?, ?)")) {
                update.setString(1, outcome);
                update.setInt(2, attempts);
                update.setObject(3, next);
                update.setObject(4, status, Types.INTEGER);
                update.setString(5, clipped);
                update.setBoolean(6, error == null);
                update.setObject(7, at);
                update.setObject(8, at);
                update.setLong(9, c.delivery());
                update.executeUpdate();
                log.setLong(1, c.delivery());
                log.setObject(2, at);
                log.setObject(3, status, Types.INTEGER);
                log.setString(4, clipped);
                log.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Outbox delivery " + c.delivery() + " could not be recorded", e);
            }
        });
        if (error != null) {
            Log.infof("Outbox delivery %d of event %s: attempt %d failed (%s), now %s", c.delivery(), c.eventId(), attempts, clipped, outcome);
        }
    }

    /** 1×, 2×, 4×, … the base wait, at most the ceiling. */
    Duration backoff(int attempts) {
        Duration wait = settings.backoff();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }
}
