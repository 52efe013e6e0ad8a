package cn.gov.opendata.disclosure.storage;

import cn.gov.opendata.platform.storage.NotifiedValue;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * platform's NotifiedValue against the real PostgreSQL: read once per notification, not per use; forgotten at once;
 * correct while its listening connection is gone, and read again when it is back even if a change went unnotified.
 * Its own connections (not the service's pool), so that cutting them touches no other test.
 */
@QuarkusTest
class NotifiedValueTest {

    private static final String CHANNEL = "notified_value_test";
    private static final String READ = "SELECT generation /* notified value test */ FROM statistics_generation";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final AtomicInteger reads = new AtomicInteger();

    private PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private long read(Connection connection) throws SQLException {
        reads.incrementAndGet();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(READ)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 20 s: " + what);
            Thread.sleep(10);
        }
    }

    @Test
    void readOncePerNotificationNotPerUse() throws Exception {
        try (NotifiedValue<Long> value = new NotifiedValue<>(dataSource(), CHANNEL, this::read, Duration.ofSeconds(30), Duration.ofMinutes(10))) {
            value.get();
            await("listening", value::isKnown);
            int listened = reads.get();
            long generation = value.get();
            for (int i = 0; i < 1_000; i++) {
                assertEquals(generation, value.get());
            }
            assertEquals(listened, reads.get(), "a known value is used without reading it");

            // another instance's write: its notification makes the listener read once more
            sql("UPDATE statistics_generation SET generation = generation + 1");
            sql("NOTIFY " + CHANNEL);
            await("the notified value", () -> value.get() == generation + 1);
            assertEquals(listened + 1, reads.get());
        }
    }

    @Test
    void aForgottenValueIsReadAtOnce() throws Exception {
        try (NotifiedValue<Long> value = new NotifiedValue<>(dataSource(), CHANNEL, this::read, Duration.ofMillis(200), Duration.ofMinutes(10))) {
            value.get();
            await("listening", value::isKnown);
            // a write of this instance, not (yet) notified
            sql("UPDATE statistics_generation SET generation = generation + 1");
            long now = readNow();
            value.forget();
            assertFalse(value.isKnown());
            assertEquals(now, value.get(), "read-your-writes: the next use reads the database");
            // no notification follows: the listener reads it again on its own within its retry time
            await("known again", value::isKnown);
            assertEquals(now, value.get());
        }
    }

    @Test
    void withoutItsConnectionEveryUseReadsAndAChangeMissedMeanwhileIsNotKept() throws Exception {
        try (NotifiedValue<Long> value = new NotifiedValue<>(dataSource(), CHANNEL, this::read, Duration.ofSeconds(3), Duration.ofMinutes(10))) {
            value.get();
            await("listening", value::isKnown);
            sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = '" + READ + "' AND pid <> pg_backend_pid()");
            await("the cut noticed", () -> !value.isKnown());
            // changed while nobody listens, and never notified
            sql("UPDATE statistics_generation SET generation = generation + 1");
            long now = readNow();
            int before = reads.get();
            assertEquals(now, value.get(), "while not listening, a use reads the database");
            assertTrue(reads.get() > before);
            await("listening again", value::isKnown);
            assertEquals(now, value.get(), "read again on listening again");
        }
    }

    @Test
    void aLostNotificationCostsAtMostTheMaximumAge() throws Exception {
        try (NotifiedValue<Long> value = new NotifiedValue<>(dataSource(), CHANNEL, this::read, Duration.ofMillis(100), Duration.ofSeconds(1))) {
            value.get();
            await("listening", value::isKnown);
            // changed, and the notification never comes (as behind a pooler in transaction mode)
            sql("UPDATE statistics_generation SET generation = generation + 1");
            long now = readNow();
            await("read again within its maximum age", () -> value.get() == now);
        }
    }

    private long readNow() throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT generation FROM statistics_generation")) {
            row.next();
            return row.getLong(1);
        }
    }
}
