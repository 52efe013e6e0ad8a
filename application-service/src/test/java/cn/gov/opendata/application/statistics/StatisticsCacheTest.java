package cn.gov.opendata.application.statistics;

import cn.gov.opendata.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The statistics answer is cached, but never served after a committed change to the records behind it — whether the
 * change came through this instance or straight into the database (as from another replica) — and an unchanged
 * answer is 304 for a client that sends its ETag.
 */
@QuarkusTest
class StatisticsCacheTest {

    @Inject
    DataSource dataSource;

    private static ExtractableResponse<Response> statistics(String agency, String ifNoneMatch) {
        var request = given().queryParam("agency", agency);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get("/api/v1/statistics/2021").then().extract();
    }

    private static int received(ExtractableResponse<Response> answer, String agency, String channel) {
        return answer.jsonPath().getInt("agencies.'" + agency + "'.received.byChannel." + channel);
    }

    private void sql(String statement, String agency, boolean commit) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(statement)) {
                update.setString(1, agency);
                update.executeUpdate();
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    @Test
    void everyCommittedChangeIsSeenAndAnUnchangedAnswerIsNotSentAgain() throws Exception {
        String agency = Fixtures.agency();
        Fixtures.register(Fixtures.registration(agency, "C-1", "IN_PERSON", false, "NATURAL_PERSON", "2021-03-01T10:00:00+08:00", "x"));
        ExtractableResponse<Response> first = statistics(agency, null);
        assertEquals(200, first.statusCode());
        assertEquals(1, received(first, agency, "IN_PERSON"));
        String etag = first.header("ETag");
        assertNotNull(etag);

        ExtractableResponse<Response> again = statistics(agency, etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body().asString());

        Fixtures.register(Fixtures.registration(agency, "C-2", "IN_PERSON", false, "NATURAL_PERSON", "2021-03-02T10:00:00+08:00", "x"));
        ExtractableResponse<Response> afterRegistration = statistics(agency, etag);
        assertEquals(200, afterRegistration.statusCode(), "a registration is seen at once");
        assertEquals(2, received(afterRegistration, agency, "IN_PERSON"));
        assertNotEquals(etag, afterRegistration.header("ETag"));

        sql("UPDATE information_request SET channel = 'FAX' WHERE agency = ? AND tracking_number = 'C-2'", agency, true);
        ExtractableResponse<Response> afterSql = statistics(agency, afterRegistration.header("ETag"));
        assertEquals(200, afterSql.statusCode(), "a change written by another instance is seen at once");
        assertEquals(1, received(afterSql, agency, "IN_PERSON"));
        assertEquals(1, received(afterSql, agency, "FAX"));

        sql("UPDATE information_request SET channel = 'LETTER' WHERE agency = ?", agency, false);
        assertEquals(304, statistics(agency, afterSql.header("ETag")).statusCode(), "a rolled-back change is no change");
    }
}
