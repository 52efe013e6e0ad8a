package cn.gov.opendata.application.audit;

import cn.gov.opendata.application.Fixtures;
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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class AuditLogTest {

    private static final String AUDIT = "/api/v1/audit";

    @Inject
    EntityManager em;

    @Test
    void aRegistrationAndEachLifecycleStepAreAudited() {
        String agency = Fixtures.agency();
        String clerk = Tokens.clerk(agency);
        long id = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Fixtures.registration(agency, "A-1", "IN_PERSON", false, "NATURAL_PERSON", "2018-03-01T10:00:00+08:00", "预算"))
                .when().post("/api/v1/requests")
                .then().statusCode(Status.CREATED.getStatusCode())
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body("{\"actor\":\"王科员\",\"on\":\"2018-03-05\",\"outcome\":\"DISCLOSED\"}")
                .when().post("/api/v1/requests/" + id + "/reply")
                .then().statusCode(Status.OK.getStatusCode());

        given().queryParam("agency", agency).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items.subject", everyItem(equalTo("clerk-of-" + agency)))
                .body("items.subjectAgency", everyItem(equalTo(agency)))
                .body("items.recordType", everyItem(equalTo("request")))
                .body("items.recordKey", everyItem(equalTo("A-1")))
                .body("items[0].detail", containsString("REPLIED"));
    }

    @Test
    void anImportIsAuditedPerAgency() {
        String agency = Fixtures.agency();
        String batch = Fixtures.importLine(agency, "H-1", "ONLINE", "NATURAL_PERSON", "2018-03-01", null, null) + "\n"
                + Fixtures.importLine(agency, "H-2", "ONLINE", "NATURAL_PERSON", "2018-03-01", null, null) + "\n";
        given().contentType(Fixtures.NDJSON).body(batch.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/requests/import")
                .then().statusCode(Status.OK.getStatusCode());
        given().queryParam("agency", agency).when().get(AUDIT)
                .then().body("items.action", contains("IMPORT"))
                .body("items[0].subject", equalTo("admin"))
                .body("items[0].detail", containsString("2 of 2 lines"));
    }

    @Test
    void aSupervisorReadsItsSubtreesAuditOnlyAndClerksNone() {
        String county = Fixtures.agency();
        String township = Fixtures.agency();
        String elsewhere = Fixtures.agency();
        Fixtures.inPerson(township, "A-1", "2018-03-01");
        Fixtures.inPerson(elsewhere, "A-1", "2018-03-01");
        String supervisor = Tokens.supervisor(county, township);
        given().auth().oauth2(supervisor).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.recordAgency", everyItem(equalTo(township)))
                .body("total", equalTo(1));
        given().auth().oauth2(supervisor).queryParam("agency", elsewhere).when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(Tokens.clerk(township)).when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void theDatabaseRefusesToRewriteTheAuditLog() {
        String agency = Fixtures.agency();
        Fixtures.inPerson(agency, "A-1", "2018-03-01");
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM audit_entry WHERE record_agency = ?1").setParameter(1, agency).executeUpdate()));
        given().queryParam("agency", agency).when().get(AUDIT).then().body("total", equalTo(1));
    }
}
