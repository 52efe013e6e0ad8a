package cn.gov.opendata.platform.storage;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A value read from the database (a one-row generation, say) that an instance knows without a round trip per use.
 * PostgreSQL tells every listening session at the commit of a transaction that ran {@code NOTIFY channel} (a trigger
 * beside the write, so no writer can forget it); one thread per value holds a pooled connection that listens and
 * reads the value again after each notification. Staleness is bounded by that delivery:
 * <ul>
 *   <li>this instance's own writes call {@link #forget()} before they answer, so the next use reads the database
 *   (read-your-writes, at once);</li>
 *   <li>other instances' writes are seen when their notification arrives (commit to here: a local socket write,
 *   typically well under a millisecond);</li>
 *   <li>while the listening connection is down (PostgreSQL restarting, a network cut) nothing is known and every use
 *   reads the database, as without this class; the value is read again once listening resumes, so a notification
 *   missed meanwhile cannot leave a stale value behind;</li>
 *   <li>and whatever happens to notifications on the way, the value is read again at least every {@code maxAge}.</li>
 * </ul>
 * The thread starts with the first use, so that a service's migrations (which create the channel's trigger) have run.
 */
public final class NotifiedValue<T> implements AutoCloseable {

    /** Reads the value over a connection. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Connection connection) throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(NotifiedValue.class);

    /** What is known: a value (null: nothing), and how many times it was forgotten, so a slow read cannot undo a forget. */
    private record Known<T>(T value, long forgotten) {
    }

    private final DataSource dataSource;
    private final String channel;
    private final Reader<T> reader;
    private final Duration retry;
    private final Duration maxAge;
    private final AtomicReference<Known<T>> known = new AtomicReference<>(new Known<>(null, 0));
    private volatile Thread listener;
    private volatile boolean closed;
    private boolean down;

    /**
     * @param channel the NOTIFY channel, a plain SQL identifier
     * @param retry   how long to wait before listening again after the connection failed; also how soon a forgotten
     *                value is read again when no notification follows the forget (a write that changed nothing)
     * @param maxAge  the value is read again at least this often even without a notification: the bound on staleness
     *                should notifications be lost on the way (a connection pooler in transaction mode drops them)
     */
    public NotifiedValue(DataSource dataSource, String channel, Reader<T> reader, Duration retry, Duration maxAge) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("channel must be a plain identifier: " + channel);
        }
        this.dataSource = dataSource;
        this.channel = channel;
        this.reader = reader;
        this.retry = retry;
        this.maxAge = maxAge;
    }

    /** The value: as last notified, or read now when nothing is known. */
    public T get() {
        start();
        T value = known.get().value();
        if (value != null) {
            return value;
        }
        try (Connection connection = dataSource.getConnection()) {
            return reader.read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the value of " + channel, e);
        }
    }

    /** After a write of this instance has committed: the value may have changed, read it again before using it. */
    public void forget() {
        known.updateAndGet(k -> new Known<>(null, k.forgotten() + 1));
    }

    /** True while a notified value is held (for tests and health). */
    public boolean isKnown() {
        return known.get().value() != null;
    }

    @Override
    public void close() {
        // the listener sees it within its retry time (an interrupt does not end a blocked socket read)
        closed = true;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void start() {
        if (listener == null && !closed) {
            synchronized (this) {
                if (listener == null) {
                    Thread thread = new Thread(this::listen, "notified-" + channel);
                    thread.setDaemon(true);
                    listener = thread;
                    thread.start();
                }
            }
        }
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                try {
                    listenOn(connection);
                } finally {
                    unlisten(connection);
                }
            } catch (SQLException | RuntimeException e) {
                known.updateAndGet(k -> new Known<>(null, k.forgotten()));
                if (!closed) {
                    // once per outage, not once per retry
                    if (!down) {
                        down = true;
                        LOG.warnf("Not listening on %s (%s); reading it on every use until listening again",
                                channel, e.getMessage());
                    }
                    pause();
                }
            }
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel);
        }
        // listening before reading: a commit after the read is notified, one before it is in the read
        long readAt = refresh(connection);
        if (down) {
            down = false;
            LOG.infof("Listening on %s again", channel);
        }
        while (!closed) {
            PGNotification[] notifications = postgres.getNotifications((int) retry.toMillis());
            if ((notifications != null && notifications.length > 0) || known.get().value() == null
                    || System.nanoTime() - readAt > maxAge.toNanos()) {
                readAt = refresh(connection);
            }
        }
    }

    /** A pooled connection goes back without the subscription, which would otherwise pile notifications up in it. */
    private void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN " + channel);
        } catch (SQLException | RuntimeException brokenAnyway) {
            // a broken connection is not reused
        }
    }

    /** Reads the value and keeps it unless it was forgotten meanwhile (then reads again); returns when it read. */
    private long refresh(Connection connection) throws SQLException {
        while (true) {
            long readAt = System.nanoTime();
            Known<T> before = known.get();
            T value = reader.read(connection);
            if (known.compareAndSet(before, new Known<>(value, before.forgotten()))) {
                return readAt;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(retry.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }
}
