package cn.gov.opendata.appeals.audit;

import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static cn.gov.opendata.appeals.common.TestData.agency;
import static cn.gov.opendata.appeals.common.TestData.reconsideration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuditLogTest {

    private static final String AUDIT = "/api/v1/audit";
    private static final String CASE = "/api/v1/reconsiderations/{agency}/{caseNumber}";

    @Inject
    EntityManager em;

    private static void putAsClerk(String agency, String caseNumber, Map<String, Object> body, Status expected) {
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON).body(body)
                .when().put(CASE, agency, caseNumber)
                .then().statusCode(expected.getStatusCode());
    }

    @Test
    void everyWriteIsAuditedWithWhoWhatWhenAndWhichRecord() {
        String agency = agency();
        putAsClerk(agency, "FY-1", reconsideration(agency, "FY-1", "2018-03-01", null, null), Status.CREATED);
        Map<String, Object> decided = reconsideration(agency, "FY-1", "2018-03-01", "UPHELD", "2018-04-01");
        decided.put("version", 0);
        putAsClerk(agency, "FY-1", decided, Status.OK);
        given().auth().oauth2(Tokens.clerk(agency)).when().delete(CASE, agency, "FY-1")
                .then().statusCode(Status.NO_CONTENT.getStatusCode());

        given().queryParam("agency", agency)
                .when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(3))
                .body("items.action", contains("DELETE", "UPDATE", "CREATE"))
                .body("items.subject", everyItem(equalTo("clerk-of-" + agency)))
                .body("items.subjectAgency", everyItem(equalTo(agency)))
                .body("items.roles", everyItem(equalTo("clerk")))
                .body("items.recordType", everyItem(equalTo("reconsideration")))
                .body("items.recordAgency", everyItem(equalTo(agency)))
                .body("items.recordKey", everyItem(equalTo("FY-1")))
                .body("items.occurredAt", everyItem(notNullValue()));
    }

    @Test
    void anImportIsAuditedOncePerAgencyOfTheBatch() {
        String first = agency();
        String second = agency();
        String lines = """
                {"agency":"%s","caseNumber":"FY-1","filedOn":"2018-03-01"}
                {"agency":"%s","caseNumber":"FY-2","filedOn":"2018-03-01"}
                {"agency":"%s","caseNumber":"FY-1","filedOn":"2018-03-01"}
                """.formatted(first, first, second);
        given().contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/reconsiderations/import")
                .then().statusCode(Status.OK.getStatusCode());

        given().queryParam("agency", first).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.action", contains("IMPORT"))
                .body("items[0].subject", equalTo("admin"))
                .body("items[0].detail", containsString("2 of 3 lines"));
        given().queryParam("agency", second).when().get(AUDIT)
                .then().body("items.action", contains("IMPORT"))
                .body("items[0].detail", containsString("1 of 3 lines"));
    }

    @Test
    void aRefusedWriteLeavesNoAuditEntry() {
        String agency = agency();
        given().auth().oauth2(Tokens.clerk(agency())).contentType(ContentType.JSON)
                .body(reconsideration(agency, "FY-1", "2018-03-01", null, null))
                .when().put(CASE, agency, "FY-1")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().queryParam("agency", agency).when().get(AUDIT).then().body("total", equalTo(0));
    }

    @Test
    void aSupervisorReadsTheAuditLogOfItsSubtreeOnly() {
        String county = agency();
        String township = agency();
        String elsewhere = agency();
        putAsClerk(township, "FY-1", reconsideration(township, "FY-1", "2018-03-01", null, null), Status.CREATED);
        putAsClerk(elsewhere, "FY-1", reconsideration(elsewhere, "FY-1", "2018-03-01", null, null), Status.CREATED);
        String supervisor = Tokens.supervisor(county, township);

        given().auth().oauth2(supervisor).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.recordAgency", everyItem(equalTo(township)))
                .body("total", equalTo(1));
        given().auth().oauth2(supervisor).queryParam("agency", elsewhere).when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void clerksAndReadersCannotReadTheAuditLog() {
        String agency = agency();
        given().auth().oauth2(Tokens.clerk(agency)).queryParam("agency", agency).when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(Tokens.reader()).when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().none().when().get(AUDIT)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void theTimeWindowFiltersEntries() {
        String agency = agency();
        putAsClerk(agency, "FY-1", reconsideration(agency, "FY-1", "2018-03-01", null, null), Status.CREATED);
        LocalDate tomorrow = LocalDate.now().plusDays(2);
        given().queryParam("agency", agency).queryParam("from", tomorrow.toString()).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(0));
        given().queryParam("agency", agency).queryParam("from", LocalDate.now().minusDays(1).toString())
                .queryParam("to", tomorrow.toString()).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(1));
        given().queryParam("from", "yesterday").when().get(AUDIT)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("from"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() {
        String agency = agency();
        putAsClerk(agency, "FY-1", reconsideration(agency, "FY-1", "2018-03-01", null, null), Status.CREATED);
        Exception update = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE audit_entry SET subject = 'someone else' WHERE record_agency = ?1")
                        .setParameter(1, agency).executeUpdate()));
        assertTrue(causes(update).contains("append-only"), causes(update));
        Exception delete = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM audit_entry WHERE record_agency = ?1")
                        .setParameter(1, agency).executeUpdate()));
        assertTrue(causes(delete).contains("append-only"), causes(delete));
        given().queryParam("agency", agency).when().get(AUDIT).then().body("items[0].subject", equalTo("clerk-of-" + agency));
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
