package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.application.deadline.ClockEvent;
import cn.gov.opendata.application.request.service.SingleRequestRead;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The single-request read hands the deadline its history in the order the events happened, whatever order the rows come in. */
@QuarkusTest
class SingleRequestReadTest {

    @Inject
    SingleRequestRead read;

    @Inject
    DataSource dataSource;

    @Test
    void theHistoryIsInEventOrderWhenTheRowsAreStoredBackwards() throws Exception {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "ORDER-1", "2018-09-17");
        Fixtures.act(id, "correction-notice", "{\"actor\":\"a\",\"on\":\"2018-09-19\"}").statusCode(200);
        Fixtures.act(id, "corrected", "{\"actor\":\"a\",\"on\":\"2018-09-26\"}").statusCode(200);
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":15,\"approvedBy\":\"主任\",\"on\":\"2018-10-16\"}")
                .log().ifValidationFails().statusCode(200);
        List<EventType> inOrder = List.of(EventType.REGISTERED, EventType.CORRECTION_NOTICE, EventType.CORRECTED,
                EventType.EXTENSION);
        assertEquals(inOrder, types(id));

        storeBackwards(id);

        assertEquals(inOrder, types(id));
        assertEquals(inOrder, read.byKey(agency, "ORDER-1").orElseThrow().history().stream().map(ClockEvent::type).toList());
    }

    private List<EventType> types(long id) {
        return read.byId(id).orElseThrow().history().stream().map(ClockEvent::type).toList();
    }

    /** Rewrites the request's events so that the table holds them latest first: a plan reading the table (after ANALYZE, the by-key read here) returns them so. */
    private void storeBackwards(long id) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE backwards ON COMMIT DROP AS SELECT * FROM request_event WHERE request_id = " + id);
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM request_event WHERE request_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO request_event SELECT * FROM backwards ORDER BY seq DESC");
            }
            c.commit();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE request_event");
        }
    }
}
