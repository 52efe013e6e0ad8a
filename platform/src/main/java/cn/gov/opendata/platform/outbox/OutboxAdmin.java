package cn.gov.opendata.platform.outbox;

import cn.gov.opendata.platform.audit.AuditAction;
import cn.gov.opendata.platform.audit.AuditLog;
import cn.gov.opendata.platform.paging.Page;
import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.security.AgencyAccess;
import cn.gov.opendata.platform.security.Caller;
import cn.gov.opendata.platform.security.Roles;
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
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Subscriptions, the delivery log and replay, for admins (every agency) and supervisors (their subtree). Clerks see
 * none of it: a subscription's URL and the log describe other systems, not the agency's records.
 */
@ApplicationScoped
@IfBuildProperty(name = "opendata.outbox.enabled", stringValue = "true")
@Transactional
public class OutboxAdmin {

    @Inject
    DataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    AgencyAccess access;

    /** The event types this service sends (opendata.outbox.event-types), the only ones a subscription may name. */
    @ConfigProperty(name = "opendata.outbox.event-types")
    List<String> eventTypes;

    /** A subscription and whether this call made it (false: an identical one was active already). */
    public record Subscribed(SubscriptionView subscription, boolean created) {
    }

    /**
     * Idempotent: an agency has one active subscription per endpoint (a unique index, so racing retries make one); a
     * retry with the same secret and event types answers the one it made, a different one under that endpoint is 409.
     */
    public Subscribed subscribe(SubscriptionBody body) {
        requireOversight(body.agency());
        List<String> unknown = body.eventTypes() == null ? List.of()
                : body.eventTypes().stream().filter(t -> !eventTypes.contains(t)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("eventTypes", "this service sends no events of type " + String.join(", ", unknown)
                    + "; it sends " + String.join(", ", eventTypes));
        }
        String types = body.eventTypes() == null || body.eventTypes().isEmpty() ? null
                : String.join(",", body.eventTypes().stream().distinct().sorted().toList());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Long> made = new ArrayList<>();
        query("""
                INSERT INTO outbox_subscription (agency, url, secret, event_types, active, created_at, created_by)
                VALUES (?, ?, ?, ?, TRUE, ?, ?) ON CONFLICT (agency, url) WHERE active DO NOTHING RETURNING id""",
                rs -> made.add(rs.getLong(1)), body.agency(), body.url(), body.secret(), types, now, caller.subject());
        if (!made.isEmpty()) {
            audit.record(AuditAction.CREATE, "subscription", body.agency(), Long.toString(made.get(0)), body.url());
            return new Subscribed(subscription(made.get(0)).orElseThrow(), true);
        }
        List<Active> active = new ArrayList<>();
        query("SELECT id, secret, event_types FROM outbox_subscription WHERE agency = ? AND url = ? AND active",
                rs -> active.add(new Active(rs.getLong(1), rs.getString(2), rs.getString(3))), body.agency(), body.url());
        if (active.isEmpty()) {
            // cancelled between the insert and this read: the client retries and subscribes anew
            throw ApiException.conflict("The subscription of " + body.agency() + " to this URL changed meanwhile; retry");
        }
        Active existing = active.get(0);
        if (!existing.secret().equals(body.secret()) || !Objects.equals(existing.eventTypes(), types)) {
            throw ApiException.conflict(body.agency() + " already has subscription " + existing.id() + " to this URL with another"
                    + " secret or other event types; cancel it first to subscribe anew");
        }
        return new Subscribed(subscription(existing.id()).orElseThrow(), false);
    }

    /** What an identical retry is compared with. */
    private record Active(long id, String secret, String eventTypes) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubscriptionView> subscriptions(String agency) {
        List<SubscriptionView> out = new ArrayList<>();
        query("SELECT id, agency, url, event_types, active, created_at, created_by FROM outbox_subscription"
                + (agency == null ? "" : " WHERE agency = ?") + " ORDER BY id", rs -> {
            SubscriptionView s = subscription(rs);
            if (visible(s.agency())) {
                out.add(s);
            }
        }, agency == null ? new Object[0] : new Object[]{agency});
        return out;
    }

    public SubscriptionView cancel(long id) {
        SubscriptionView s = subscription(id).orElseThrow(() -> ApiException.notFound("No subscription " + id));
        requireOversight(s.agency());
        update("UPDATE outbox_subscription SET active = FALSE WHERE id = ?", false, id);
        // nothing more is sent to it: its pending deliveries become dead letters, replayable if it comes back
        update("UPDATE outbox_delivery SET status = 'DEAD', last_error = 'subscription cancelled' WHERE subscription_id = ? AND status = 'PENDING'", false, id);
        audit.record(AuditAction.DELETE, "subscription", s.agency(), Long.toString(id), s.url());
        return subscription(id).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryView> deliveries(String agency, String status, PageRequest page) {
        if (agency != null) {
            requireOversight(agency);
        } else if (!caller.is(Roles.ADMIN)) {
            throw ApiException.badRequest("agency", "a supervisor names the agency whose deliveries to list");
        }
        String where = " WHERE (CAST(? AS varchar) IS NULL OR e.agency = ?) AND (CAST(? AS varchar) IS NULL OR d.status = ?)";
        Object[] params = {agency, agency, status, status};
        long[] total = {0};
        query("SELECT count(*) FROM outbox_delivery d JOIN outbox_event e ON e.id = d.event_id" + where, rs -> total[0] = rs.getLong(1), params);
        List<DeliveryView> items = new ArrayList<>();
        Object[] paged = Arrays.copyOf(params, params.length + 2);
        paged[params.length] = page.size();
        paged[params.length + 1] = page.offset();
        query(DELIVERY_SELECT + where + " ORDER BY d.id DESC LIMIT ? OFFSET ?", rs -> items.add(delivery(rs)), paged);
        return new Page<>(items, page.page(), page.size(), total[0]);
    }

    /** Sends a delivery again from the start (a dead letter, or one the receiver lost): same body, same idempotency key. */
    public DeliveryView replay(long id) {
        DeliveryView d = delivery(id).orElseThrow(() -> ApiException.notFound("No delivery " + id));
        requireOversight(d.agency());
        update("UPDATE outbox_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ? WHERE id = ?", false,
                OffsetDateTime.now(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC), id);
        audit.record(AuditAction.UPDATE, "delivery", d.agency(), Long.toString(id), "replay of event " + d.eventId());
        return delivery(id).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DeliveryView> delivery(long id) {
        List<DeliveryView> found = new ArrayList<>();
        query(DELIVERY_SELECT + " WHERE d.id = ?", rs -> found.add(delivery(rs)), id);
        return found.stream().findFirst();
    }

    private static final String DELIVERY_SELECT = """
            SELECT d.id, CAST(e.id AS text), e.type, e.agency, e.record_key, s.id, s.url, d.status, d.attempts, d.next_attempt_at,
                   d.last_status, d.last_error, e.occurred_at, d.delivered_at
              FROM outbox_delivery d JOIN outbox_event e ON e.id = d.event_id JOIN outbox_subscription s ON s.id = d.subscription_id""";

    private static DeliveryView delivery(ResultSet rs) throws SQLException {
        int lastStatus = rs.getInt(11);
        return new DeliveryView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                rs.getString(7), rs.getString(8), rs.getInt(9), instant(rs.getTimestamp(10)), rs.wasNull() ? null : lastStatus,
                rs.getString(12), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)));
    }

    private Optional<SubscriptionView> subscription(long id) {
        List<SubscriptionView> found = new ArrayList<>();
        query("SELECT id, agency, url, event_types, active, created_at, created_by FROM outbox_subscription WHERE id = ?",
                rs -> found.add(subscription(rs)), id);
        return found.stream().findFirst();
    }

    private static SubscriptionView subscription(ResultSet rs) throws SQLException {
        String types = rs.getString(4);
        return new SubscriptionView(rs.getLong(1), rs.getString(2), rs.getString(3), types == null ? List.of() : List.of(types.split(",")),
                rs.getBoolean(5), instant(rs.getTimestamp(6)), rs.getString(7));
    }

    /** Admins oversee every agency; a supervisor the agencies it may read, i.e. its subtree (AgencyAccess decides). */
    private boolean visible(String agency) {
        if (caller.is(Roles.ADMIN)) {
            return true;
        }
        if (!caller.is(Roles.SUPERVISOR)) {
            return false;
        }
        try {
            access.requireRead(agency);
            return true;
        } catch (ApiException refused) {
            return false;
        }
    }

    private void requireOversight(String agency) {
        if (!visible(agency)) {
            throw ApiException.forbidden(caller.subject() + " may not manage the event subscriptions of agency " + agency);
        }
    }

    private static OffsetDateTime instant(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long update(String sql, boolean returning, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            if (returning) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                s.setNull(i + 1, Types.VARCHAR);
            } else {
                s.setObject(i + 1, params[i]);
            }
        }
    }

    static final Set<String> STATUSES = Set.of("PENDING", "DELIVERED", "DEAD");
}
