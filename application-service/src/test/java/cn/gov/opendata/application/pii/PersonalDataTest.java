package cn.gov.opendata.application.pii;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.testing.ConcurrentCalls;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Applicants' personal data: encrypted at rest, in clear only for the owning clerk (audited), masked elsewhere. */
@QuarkusTest
class PersonalDataTest {

    private static final String NAME = "张三";
    private static final String ID_NUMBER = "410100199001011231";
    private static final String PHONE = "13800000000";
    private static final String ADDRESS = "周口市川汇区";

    @Inject
    EntityManager em;

    @Test
    void theOwningClerkSeesTheApplicantInClearAndThatReadIsAudited() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        given().auth().oauth2(Tokens.clerk(agency)).when().get("/api/v1/requests/" + id)
                .then().statusCode(Status.OK.getStatusCode())
                .body("applicant.name", equalTo(NAME))
                .body("applicant.idType", equalTo("RESIDENT_ID"))
                .body("applicant.idNumber", equalTo(ID_NUMBER))
                .body("applicant.phone", equalTo(PHONE))
                .body("applicant.address", equalTo(ADDRESS));

        given().queryParam("agency", agency).when().get("/api/v1/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.action", contains("READ_PERSONAL_DATA", "CREATE"))
                .body("items[0].subject", equalTo("clerk-of-" + agency))
                .body("items[0].recordKey", equalTo("A-1"))
                .body("items[0].detail", not(containsString(NAME)));
    }

    @Test
    void concurrentReadsOfTheClerkAreEachAuditedBeforeTheyAnswer() throws Exception {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        String clerk = Tokens.clerk(agency);
        // the entries of concurrent reads are committed in groups (AuditGroupCommit): none may be lost or doubled
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS, i -> given().auth().oauth2(clerk)
                .when().get("/api/v1/requests/" + id).then().extract().statusCode());
        assertEquals(Collections.nCopies(ConcurrentCalls.THREADS, Status.OK.getStatusCode()), statuses);
        // every read had answered, so every entry must be committed by now
        assertEquals(ConcurrentCalls.THREADS, ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_entry WHERE record_agency = ?1 AND action = 'READ_PERSONAL_DATA'")
                .setParameter(1, agency).getSingleResult()).intValue());
    }

    @Test
    void theOwningClerkSeesItByNaturalKeyToo() {
        String agency = Fixtures.agency();
        Fixtures.inPerson(agency, "A-1", "2018-03-01");
        given().auth().oauth2(Tokens.clerk(agency)).when().get("/api/v1/requests/by-key/{agency}/{tracking}", agency, "A-1")
                .then().statusCode(Status.OK.getStatusCode())
                .body("applicant.idNumber", equalTo(ID_NUMBER));
    }

    @Test
    void aSupervisorOfTheSubtreeSeesTheApplicantMaskedAndNothingIsAudited() {
        String county = Fixtures.agency();
        String township = Fixtures.agency();
        long id = Fixtures.inPerson(township, "A-1", "2018-03-01");
        given().auth().oauth2(Tokens.supervisor(county, township)).when().get("/api/v1/requests/" + id)
                .then().statusCode(Status.OK.getStatusCode())
                .body("applicant.name", equalTo("张*"))
                .body("applicant.idType", equalTo("RESIDENT_ID"))
                .body("applicant.idNumber", equalTo("4101**********1231"))
                .body("applicant.phone", equalTo("138****0000"))
                .body("applicant.address", equalTo("周口市…"));
        given().queryParam("agency", township).when().get("/api/v1/audit")
                .then().body("items.action", contains("CREATE"));
    }

    @Test
    void anAdminSeesTheApplicantMaskedAsWell() {
        long id = Fixtures.inPerson(Fixtures.agency(), "A-1", "2018-03-01");
        given().when().get("/api/v1/requests/" + id)
                .then().statusCode(Status.OK.getStatusCode())
                .body("applicant.name", equalTo("张*"))
                .body("applicant.idNumber", equalTo("4101**********1231"));
    }

    @Test
    void lifecycleAnswersMaskTheApplicantEvenForTheOwningClerk() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON)
                .body("{\"actor\":\"王科员\",\"on\":\"2018-03-05\",\"outcome\":\"DISCLOSED\"}")
                .when().post("/api/v1/requests/" + id + "/reply")
                .then().statusCode(Status.OK.getStatusCode())
                .body("applicant.phone", equalTo("138****0000"));
    }

    @Test
    void listsCarryNoPersonalData() {
        String agency = Fixtures.agency();
        Fixtures.inPerson(agency, "A-1", "2018-03-01");
        given().auth().oauth2(Tokens.clerk(agency)).when().get("/api/v1/requests")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items[0]", not(hasKey("applicant")))
                .body(not(containsString(PHONE)));
    }

    @Test
    void personalDataIsStoredEncryptedWithAFreshIvEachTime() {
        String agency = Fixtures.agency();
        long first = Fixtures.inPerson(agency, "A-1", "2018-03-01");
        long second = Fixtures.inPerson(agency, "A-2", "2018-03-01");
        Object[] a = row(first);
        Object[] b = row(second);
        for (int i = 0; i < 4; i++) {
            String stored = (String) a[i];
            assertTrue(stored.startsWith("v1:"), "encrypted column " + i);
            for (String clear : List.of(NAME, ID_NUMBER, PHONE, ADDRESS, "1231", "0000")) {
                assertFalse(stored.contains(clear), "column " + i + " holds clear text");
            }
            assertNotEquals(stored, b[i], "the same value encrypts differently each time");
        }
        assertEquals(a[4], b[4], "the id fingerprint is deterministic");
        assertEquals(64, ((String) a[4]).length());
        assertFalse(((String) a[4]).contains(ID_NUMBER));
    }

    @Test
    void theFeeQuoteStillCountsTheSameApplicantsRequestsByFingerprint() {
        String agency = Fixtures.agency();
        Fixtures.inPerson(agency, "A-1", "2021-03-01");
        Fixtures.inPerson(agency, "A-2", "2021-03-02");
        long third = Fixtures.inPerson(agency, "A-3", "2021-03-05");
        given().queryParam("method", "PER_REQUEST").when().get("/api/v1/requests/" + third + "/fee-quote")
                .then().statusCode(Status.OK.getStatusCode())
                .body("countInMonth", equalTo(3));
    }

    @Test
    void aResidentIdWithAWrongCheckCharacterIsRejected() {
        String body = Fixtures.registration(Fixtures.agency(), "A-1", "IN_PERSON", false, "NATURAL_PERSON",
                "2018-03-01T10:00:00+08:00", "预算").replace(ID_NUMBER, "410100199001011232");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("applicant.idNumber"))
                .body("violations[0].message", containsString("check character"))
                .body(not(containsString("410100199001011232")));
    }

    @Test
    void aBadIdNumberFailsTheImportLineAndNothingIsWritten() {
        String agency = Fixtures.agency();
        String good = Fixtures.importLine(agency, "H-1", "ONLINE", "NATURAL_PERSON", "2018-03-01", null, null);
        String bad = good.replace("H-1", "H-2").replace("\"subject\"",
                "\"applicant\":{\"name\":\"李四\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"41010019900101123X\"},\"subject\"");
        Fixtures.importBatch(good + "\n" + bad + "\n")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("line 2: applicant.idNumber"));
        given().queryParam("agency", agency).when().get("/api/v1/requests").then().body("total", equalTo(0));
    }

    @Test
    void aValidImportedApplicantIsStoredEncrypted() {
        String agency = Fixtures.agency();
        String line = Fixtures.importLine(agency, "H-1", "ONLINE", "COMMERCIAL", "2018-03-01", null, null).replace("\"subject\"",
                "\"applicant\":{\"name\":\"周口市贸易有限公司\",\"idType\":\"BUSINESS_LICENSE\",\"idNumber\":\"91411600MA12345678\"},\"subject\"");
        Fixtures.importBatch(line + "\n").statusCode(Status.OK.getStatusCode());
        long id = given().queryParam("agency", agency).when().get("/api/v1/requests").then().extract().jsonPath().getLong("items[0].id");
        assertTrue(((String) row(id)[1]).startsWith("v1:"));
        given().auth().oauth2(Tokens.clerk(agency)).when().get("/api/v1/requests/" + id)
                .then().body("applicant.idNumber", equalTo("91411600MA12345678"));
    }

    private Object[] row(long id) {
        return (Object[]) em.createNativeQuery("""
                        SELECT applicant_name, applicant_id_number, applicant_phone, applicant_address, applicant_id_index
                        FROM information_request WHERE id = ?1""")
                .setParameter(1, id).getSingleResult();
    }
}
