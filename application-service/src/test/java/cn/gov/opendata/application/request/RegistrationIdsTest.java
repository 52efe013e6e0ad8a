package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A registration takes its ids outside Hibernate (RegistrationWrite, PooledIds) from the sequences the ORM's writers
 * use too: imports (requests and events), lifecycle steps (events) and their audit entries, and the audit entries of
 * a clerk's reads (AuditGroupCommit). Interleaved over more than one block of 50 ids, nothing
 * collides: every call succeeds, every request has its own id and its own history, every read its own entry.
 */
@QuarkusTest
class RegistrationIdsTest {

    private static final int ROUNDS = 60;

    @Inject
    EntityManager em;

    @Test
    void registrationsInterleavedWithTheOrmsWritesNeverShareAnId() {
        String agency = Fixtures.agency();
        Set<Long> registered = new HashSet<>();
        for (int i = 0; i < ROUNDS; i++) {
            long id = Fixtures.register(Fixtures.registration(agency, "IDS-R-" + i, "ONLINE", false, "NATURAL_PERSON",
                    "2018-09-27T10:00:00+08:00", "编号测试 " + i));
            assertTrue(registered.add(id), "a new id for each registration: " + id);
            Fixtures.act(id, "confirm-receipt", "{\"actor\":\"王科员\",\"on\":\"2018-09-28\"}")
                    .statusCode(Status.OK.getStatusCode());
            Fixtures.importBatch(Fixtures.importLine(agency, "IDS-I-" + i, "LETTER", "NATURAL_PERSON", "2018-03-01", null, null))
                    .statusCode(Status.OK.getStatusCode());
            given().auth().oauth2(Tokens.clerk(agency)).when().get("/api/v1/requests/" + id)
                    .then().statusCode(Status.OK.getStatusCode());
        }
        assertEquals(ROUNDS, ((Number) em.createNativeQuery("SELECT count(DISTINCT id) FROM audit_entry"
                + " WHERE record_agency = ?1 AND action = 'READ_PERSONAL_DATA'").setParameter(1, agency).getSingleResult()).intValue(),
                "every read audited, each entry with its own id");
        List<Long> all = given().queryParam("agency", agency).queryParam("size", 500)
                .when().get("/api/v1/requests")
                .then().statusCode(Status.OK.getStatusCode())
                .extract().jsonPath().getList("items.id", Long.class);
        assertEquals(2 * ROUNDS, new HashSet<>(all).size(), "registered and imported requests have distinct ids");
        for (long id : registered) {
            given().when().get("/api/v1/requests/" + id + "/events")
                    .then().statusCode(Status.OK.getStatusCode())
                    .body("type", contains("REGISTERED", "RECEIPT_CONFIRMED"));
        }
    }
}
