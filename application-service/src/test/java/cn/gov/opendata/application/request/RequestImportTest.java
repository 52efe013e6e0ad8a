package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.application.request.service.RequestImporter;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class RequestImportTest {

    static final int OK = Status.OK.getStatusCode();
    static final int BAD_REQUEST = Status.BAD_REQUEST.getStatusCode();

    @Inject
    EntityManager em;

    @Test
    void importCreatesAndResendingChangesNothing() {
        String agency = Fixtures.agency();
        String batch = Fixtures.importLine(agency, "2018-0001", "ONLINE", "NATURAL_PERSON", "2018-01-03", "DISCLOSED", "2018-01-20") + "\n"
                + Fixtures.importLine(agency, "2018-0002", "LETTER", "COMMERCIAL", "2018-01-04", null, null) + "\n";
        Fixtures.importBatch(batch).statusCode(OK)
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        Fixtures.importBatch(batch).statusCode(OK)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
    }

    @Test
    void changedLineUpdatesTheRecord() {
        String agency = Fixtures.agency();
        Fixtures.importBatch(Fixtures.importLine(agency, "U-1", "ONLINE", "NATURAL_PERSON", "2018-01-03", null, null)).statusCode(OK);
        Fixtures.importBatch(Fixtures.importLine(agency, "U-1", "ONLINE", "NATURAL_PERSON", "2018-01-03", "NOT_HELD", "2018-01-25"))
                .statusCode(OK).body("updated", equalTo(1));
        given().when().get("/api/v1/requests/by-key/" + agency + "/U-1")
                .then().body("outcome", equalTo("NOT_HELD")).body("status", equalTo("CONCLUDED"));
    }

    @Test
    void importedRequestHasOneImportedEventAndAComputedDueDate() {
        String agency = Fixtures.agency();
        Fixtures.importBatch(Fixtures.importLine(agency, "I-1", "ONLINE", "NATURAL_PERSON", "2018-09-28", null, null)).statusCode(OK);
        long id = given().when().get("/api/v1/requests/by-key/" + agency + "/I-1")
                .then().statusCode(OK).body("dueOn", equalTo("2018-10-24")).body("origin", equalTo("IMPORT"))
                .extract().jsonPath().getLong("id");
        given().when().get("/api/v1/requests/" + id + "/events")
                .then().body("type", contains("IMPORTED"));
    }

    @Test
    void everyBadLineIsListedAndNothingIsWritten() {
        String agency = Fixtures.agency();
        String batch = String.join("\n",
                Fixtures.importLine(agency, "B-1", "ONLINE", "NATURAL_PERSON", "2018-01-03", "DISCLOSED", "2018-01-20"),
                Fixtures.importLine(agency, "B-2", "ONLINE", "NATURAL_PERSON", "2018-01-03", "DISCLOSED", null),
                Fixtures.importLine(agency, "B-3", "ONLINE", "NATURAL_PERSON", "2018-01-03", null, null).replace("\"subject\"", "\"colour\":1,\"subject\""),
                "{\"agency\":",
                Fixtures.importLine(agency, "B-5", "ONLINE", "NATURAL_PERSON", "2018-01-03", "DISCLOSED", "2017-12-31"),
                Fixtures.importLine(agency, "B-1", "FAX", "OTHER", "2018-01-03", null, null),
                Fixtures.importLine(agency, "B-7", "ONLINE", "ROBOT", "2018-01-03", null, null));
        Fixtures.importBatch(batch).statusCode(BAD_REQUEST)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItems("line 2: concludedOn", "line 3: colour", "line 4: body",
                        "line 5: concludedOn", "line 6: trackingNumber", "line 7: applicantType"));
        given().queryParam("agency", agency).when().get("/api/v1/requests")
                .then().body("total", equalTo(0));
    }

    @Test
    void importCannotOverwriteARequestWorkedThroughTheApi() {
        String agency = Fixtures.agency();
        Fixtures.inPerson(agency, "API-1", "2018-03-01");
        Fixtures.importBatch(Fixtures.importLine(agency, "API-1", "ONLINE", "NATURAL_PERSON", "2018-03-01", null, null))
                .statusCode(BAD_REQUEST)
                .body("violations.field", hasItem("line 1: trackingNumber"));
    }

    @Test
    void registeredPostOnANonLetterLineIsRejected() {
        String agency = Fixtures.agency();
        Fixtures.importBatch(Fixtures.importLine(agency, "RP-1", "ONLINE", "NATURAL_PERSON", "2018-03-01", null, null)
                        .replace("\"registeredPost\":null", "\"registeredPost\":true"))
                .statusCode(BAD_REQUEST)
                .body("violations.field", hasItem("line 1: registeredPost"));
    }

    @Test
    void twentyThousandLinesImportInOneCall() {
        String agency = Fixtures.agency();
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            LocalDate received = LocalDate.of(2018, 1, 2).plusDays(i % 360);
            batch.append(Fixtures.importLine(agency, "L-" + i, "ONLINE", "NATURAL_PERSON", received.toString(),
                    i % 10 == 0 ? null : "DISCLOSED", i % 10 == 0 ? null : received.plusDays(15).toString())).append('\n');
        }
        long started = System.nanoTime();
        Fixtures.importBatch(batch.toString()).statusCode(OK).body("created", equalTo(20_000));
        Fixtures.importBatch(batch.toString()).statusCode(OK).body("unchanged", equalTo(20_000));
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2018")
                .then().statusCode(OK).body("agencies.'" + agency + "'.received.byChannel.ONLINE", equalTo(20_000));
        System.out.printf("20,000-line import, re-import and statistics took %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theLargestBatchAllowedFitsInOneRequestBody() {
        String agency = Fixtures.agency();
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < RequestImporter.MAX_LINES; i++) {
            batch.append(Fixtures.importLine(agency, "MAX-" + i, "LETTER", "COMMERCIAL", "2019-05-06", null, null)).append('\n');
        }
        // over Quarkus' default 10 MB body limit, which refused such a batch with an empty 413
        org.junit.jupiter.api.Assertions.assertTrue(batch.length() > 10 * 1024 * 1024);
        Fixtures.importBatch(batch.toString()).statusCode(OK).body("created", equalTo(RequestImporter.MAX_LINES));
    }

    @Test
    void emptyBatchDoesNothing() {
        Fixtures.importBatch("\n").statusCode(OK).body("created", equalTo(0));
    }

    @Test
    void anImportedApplicantIsStoredEncryptedAndShownInClearToTheOwningClerk() {
        String agency = Fixtures.agency();
        String line = Fixtures.importLine(agency, "P-1", "ONLINE", "NATURAL_PERSON", "2018-03-05", null, null)
                .replace("\"applicantType\"", "\"applicant\":{\"name\":\"李四\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"410100199001011231\","
                        + "\"phone\":\"13800000000\",\"address\":\"周口市川汇区\"},\"applicantType\"");
        Fixtures.importBatch(line).statusCode(OK).body("created", equalTo(1));
        given().auth().oauth2(Tokens.clerk(agency)).when().get("/api/v1/requests/by-key/{agency}/{tracking}", agency, "P-1")
                .then().statusCode(OK)
                .body("applicant.name", equalTo("李四"))
                .body("applicant.idNumber", equalTo("410100199001011231"))
                .body("applicant.phone", equalTo("13800000000"))
                .body("applicant.address", equalTo("周口市川汇区"));
        Object[] stored = (Object[]) em.createNativeQuery(
                "SELECT applicant_name, applicant_id_number, applicant_id_index FROM information_request WHERE agency = ?1")
                .setParameter(1, agency).getSingleResult();
        assertNotEquals("李四", stored[0]);
        assertNotEquals("410100199001011231", stored[1]);
        assertEquals(64, String.valueOf(stored[2]).length(), "the id number's keyed fingerprint");
    }

    @Test
    void aChangedLineKeepsTheRequestAndReplacesItsHistoryAndAnUnchangedOneTouchesNothing() {
        String agency = Fixtures.agency();
        String first = Fixtures.importLine(agency, "H-1", "ONLINE", "NATURAL_PERSON", "2018-03-05", null, null);
        Fixtures.importBatch(first).statusCode(OK).body("created", equalTo(1));
        Object[] before = row(agency);
        Fixtures.importBatch(first).statusCode(OK).body("unchanged", equalTo(1));
        assertEquals(java.util.Arrays.asList(before), java.util.Arrays.asList(row(agency)), "an unchanged line writes nothing");

        Fixtures.importBatch(Fixtures.importLine(agency, "H-1", "ONLINE", "NATURAL_PERSON", "2018-03-05", "NOT_HELD", "2018-03-20"))
                .statusCode(OK).body("updated", equalTo(1));
        Object[] after = row(agency);
        assertEquals(before[0], after[0], "same request");
        assertEquals(before[1], after[1], "created when first imported");
        assertEquals("IMPORT", after[2]);
        assertEquals(1L, ((Number) after[3]).longValue(), "one change, one version");
        assertNotEquals(before[4], after[4], "the history was replaced");
        given().when().get("/api/v1/requests/" + before[0] + "/events")
                .then().statusCode(OK)
                .body("type", contains("IMPORTED"))
                .body("outcome", contains("NOT_HELD"))
                .body("concludedOn", contains("2018-03-20"));
    }

    /** id, created_at, origin, version and the id of the one event of the agency's one request. */
    private Object[] row(String agency) {
        return (Object[]) em.createNativeQuery("""
                SELECT r.id, r.created_at, r.origin, r.version, (SELECT min(e.id) FROM request_event e WHERE e.request_id = r.id)
                FROM information_request r WHERE r.agency = ?1""").setParameter(1, agency).getSingleResult();
    }
}
