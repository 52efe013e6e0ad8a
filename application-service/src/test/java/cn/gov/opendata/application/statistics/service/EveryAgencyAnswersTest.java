package cn.gov.opendata.application.statistics.service;

import cn.gov.opendata.application.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The all-agency answer is spliced after a change (only the changed agencies recomputed), and is then byte for byte
 * what a whole recomputation writes, whatever the change: through the API, straight into the database as another
 * replica would, a deletion, or the calendar.
 */
@QuarkusTest
class EveryAgencyAnswersTest {

    // a year no other test counts in, and one whose calendar this test may change
    static final int YEAR = 2005;

    @Inject
    StatisticsService statistics;

    @Inject
    EveryAgencyAnswers answers;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    private static String served() {
        return given().when().get("/api/v1/statistics/" + YEAR).then().statusCode(200).extract().asString();
    }

    private String recomputed() throws Exception {
        return new String(json.writeValueAsBytes(statistics.statistics(YEAR, List.of())), StandardCharsets.UTF_8);
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            assertTrue(update.executeUpdate() > 0, statement);
        }
    }

    private static String workingDays(String answer, String agency) {
        return io.restassured.path.json.JsonPath.from(answer).getMap("agencies.'" + agency + "'.timeliness.workingDays").toString();
    }

    @Test
    void aSplicedAnswerIsExactlyAWholeRecomputationAfterEveryKindOfChange() throws Exception {
        String a = Fixtures.agency();
        String b = Fixtures.agency();
        Fixtures.importBatch(String.join("\n",
                Fixtures.importLine(a, "E-1", "ONLINE", "NATURAL_PERSON", "2005-03-01", "DISCLOSED", "2005-03-25"),
                Fixtures.importLine(a, "E-2", "LETTER", "COMMERCIAL", "2005-11-20", null, null),
                Fixtures.importLine(b, "E-1", "ONLINE", "NATURAL_PERSON", "2005-05-09", "NOT_HELD", "2005-05-20"))).statusCode(200);
        assertEquals(recomputed(), served());

        long splicedBefore = answers.spliced();
        Fixtures.importBatch(Fixtures.importLine(a, "E-3", "FAX", "OTHER", "2005-04-01", "DISCLOSED", "2005-04-20")).statusCode(200);
        String afterImport = served();
        assertEquals(recomputed(), afterImport);
        assertTrue(afterImport.contains("\"" + a + "\""));

        // straight into the database, as another replica would
        sql("UPDATE information_request SET channel = 'FAX' WHERE agency = ? AND tracking_number = 'E-1'", b);
        assertEquals(recomputed(), served());

        sql("DELETE FROM information_request WHERE agency = ?", b);
        String afterDelete = served();
        assertEquals(recomputed(), afterDelete);
        assertTrue(!afterDelete.contains("\"" + b + "\""), "an agency without requests leaves the answer");
        assertEquals(splicedBefore + 3, answers.spliced(), "each change spliced, not recomputed whole");

        // the calendar moves every deadline: the whole year is recomputed
        String daysBefore = workingDays(afterDelete, a);
        given().contentType(ContentType.JSON).body("{\"holidays\":[\"2005-03-10\",\"2005-03-11\"],\"makeUpWorkdays\":[]}")
                .when().put("/api/v1/calendar/" + YEAR).then().statusCode(201);
        String afterCalendar = served();
        assertEquals(recomputed(), afterCalendar);
        assertNotEquals(daysBefore, workingDays(afterCalendar, a));
        assertEquals(splicedBefore + 3, answers.spliced());
    }

    @Test
    void anUnchangedYearIsServedAgainWithItsEntityTag() {
        String first = given().when().get("/api/v1/statistics/" + YEAR).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", first).when().get("/api/v1/statistics/" + YEAR).then().statusCode(304);
    }
}
