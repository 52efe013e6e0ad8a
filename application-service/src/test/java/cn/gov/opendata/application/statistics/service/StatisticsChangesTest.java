package cn.gov.opendata.application.statistics.service;

import cn.gov.opendata.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writers append their changed agencies (V10) instead of bumping the statistics generation, so that concurrent
 * registrations no longer wait for each other's commit; a reader's fold turns the committed changes into a generation,
 * and leaves the ones not yet committed for the next fold.
 */
@QuarkusTest
class StatisticsChangesTest {

    @Inject
    DataSource dataSource;

    @Inject
    StatisticsChanges changes;

    private static void register(Connection connection, String agency) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO information_request (id, agency, tracking_number, channel, applicant_type, subject, subject_key,
                                                 status, origin, created_at)
                VALUES (nextval('information_request_seq'), ?, gen_random_uuid()::text, 'ONLINE', 'NATURAL_PERSON', 's', 's',
                        'AWAITING_CONFIRMATION', 'API', now())""")) {
            insert.setString(1, agency);
            insert.executeUpdate();
        }
    }

    /** Runs the deferred triggers now, as the commit would, while the transaction stays open. */
    private static void runDeferredTriggers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET CONSTRAINTS ALL IMMEDIATE");
        }
    }

    private long generation() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT generation FROM statistics_generation")) {
            row.next();
            return row.getLong(1);
        }
    }

    private Long agencyGeneration(String agency) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT generation FROM statistics_agency_generation WHERE agency = ?")) {
            s.setString(1, agency);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static List<String> ownChanges(Connection connection) throws SQLException {
        List<String> agencies = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT agency FROM statistics_change WHERE xid = pg_current_xact_id() ORDER BY agency")) {
            while (rows.next()) {
                agencies.add(rows.getString(1));
            }
        }
        return agencies;
    }

    @Test
    void aTransactionAppendsOneChangePerAgencyAndOneFoldMakesThemOneGeneration() throws Exception {
        String a = "a" + Fixtures.agency();
        String b = "b" + Fixtures.agency();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            register(c, a);
            register(c, a);
            register(c, b);
            register(c, a);
            runDeferredTriggers(c);
            assertEquals(List.of(a, b), ownChanges(c));
            c.commit();
        }
        changes.fold();
        long folded = generation();
        assertEquals(folded, agencyGeneration(a));
        assertEquals(folded, agencyGeneration(b));

        changes.fold();
        assertEquals(folded, generation(), "nothing changed since: the generation stays, and so do the cached answers");
    }

    @Test
    void twoOpenRegistrationsInOneAgencyDoNotWaitForEachOther() throws Exception {
        String agency = Fixtures.agency();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            register(first, agency);
            runDeferredTriggers(first);
            try (Statement s = second.createStatement()) {
                // the one-row generation bumped at commit made the second wait here until the first committed
                s.execute("SET LOCAL lock_timeout = '2s'");
            }
            register(second, agency);
            runDeferredTriggers(second);
            assertEquals(List.of(agency), ownChanges(second));
            first.commit();
            second.commit();
        }
    }

    @Test
    void aChangeCommittedAfterAFoldBeganIsCountedByTheNextFold() throws Exception {
        String agency = Fixtures.agency();
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            register(writer, agency);
            runDeferredTriggers(writer);
            changes.fold();
            assertNull(agencyGeneration(agency), "a change not yet committed is not folded");
            long before = generation();
            writer.commit();
            changes.fold();
            assertTrue(generation() > before);
            assertEquals(generation(), agencyGeneration(agency));
        }
    }
}
