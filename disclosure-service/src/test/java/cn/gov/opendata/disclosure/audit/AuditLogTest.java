package cn.gov.opendata.disclosure.audit;

import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.gov.opendata.disclosure.TestData.agency;
import static cn.gov.opendata.disclosure.TestData.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class AuditLogTest {

    private static final String AUDIT = "/api/v1/audit";
    private static final String ITEM = "/api/v1/disclosures/{agency}/{indexNumber}";

    @Inject
    EntityManager em;

    @Test
    void everyWriteOfAnItemIsAudited() {
        String agency = agency();
        String clerk = Tokens.clerk(agency);
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body(item(agency, "A-1"))
                .when().put(ITEM, agency, "A-1").then().statusCode(Status.CREATED.getStatusCode());
        Map<String, Object> changed = item(agency, "A-1");
        changed.put("title", "关于做好2018年防汛抗旱工作的通知");
        changed.put("version", 0);
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body(changed)
                .when().put(ITEM, agency, "A-1").then().statusCode(Status.OK.getStatusCode());
        given().auth().oauth2(clerk).when().delete(ITEM, agency, "A-1").then().statusCode(Status.NO_CONTENT.getStatusCode());

        given().queryParam("agency", agency).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.action", contains("DELETE", "UPDATE", "CREATE"))
                .body("items.subject", everyItem(equalTo("clerk-of-" + agency)))
                .body("items.recordType", everyItem(equalTo("disclosure")))
                .body("items.recordKey", everyItem(equalTo("A-1")));
    }

    @Test
    void tallyWritesAreAudited() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(Map.of("value", "3"))
                .when().put("/api/v1/tallies/{agency}/2018/PENALTY_DECISIONS", agency)
                .then().statusCode(Status.CREATED.getStatusCode());
        given().queryParam("agency", agency).when().get(AUDIT)
                .then().body("items.action", contains("CREATE"))
                .body("items[0].recordType", equalTo("tally"))
                .body("items[0].recordKey", equalTo("2018/PENALTY_DECISIONS"));
    }

    @Test
    void anImportIsAuditedOncePerAgency() throws Exception {
        String first = agency();
        String second = agency();
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> line : List.of(item(first, "A-1"), item(first, "A-2"), item(second, "A-1"))) {
            lines.append(json.writeValueAsString(line)).append('\n');
        }
        given().contentType("application/x-ndjson").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/disclosures/import")
                .then().statusCode(Status.OK.getStatusCode());
        given().queryParam("agency", first).when().get(AUDIT)
                .then().body("items.action", contains("IMPORT"))
                .body("items[0].detail", containsString("2 of 3 lines"));
        given().queryParam("agency", second).when().get(AUDIT)
                .then().body("items[0].detail", containsString("1 of 3 lines"));
    }

    @Test
    void aSupervisorReadsItsSubtreesAuditOnly() {
        String county = agency();
        String township = agency();
        given().contentType(ContentType.JSON).body(item(township, "A-1"))
                .when().put(ITEM, township, "A-1").then().statusCode(Status.CREATED.getStatusCode());
        given().auth().oauth2(Tokens.supervisor(county, township)).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.recordAgency", everyItem(equalTo(township)))
                .body("total", equalTo(1));
        given().auth().oauth2(Tokens.supervisor(agency())).queryParam("agency", township).when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(Tokens.reader()).when().get(AUDIT).then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void theDatabaseRefusesToRewriteTheAuditLog() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(item(agency, "A-1"))
                .when().put(ITEM, agency, "A-1").then().statusCode(Status.CREATED.getStatusCode());
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE audit_entry SET subject = 'x' WHERE record_agency = ?1").setParameter(1, agency).executeUpdate()));
        given().queryParam("agency", agency).when().get(AUDIT).then().body("items[0].subject", equalTo("admin"));
    }
}
