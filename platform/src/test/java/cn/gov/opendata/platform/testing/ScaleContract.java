package cn.gov.opendata.platform.testing;

import cn.gov.opendata.platform.security.Roles;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A province of 10,000 agencies: the provincial supervisor's token stays small (it names one agency) and still reads
 * agencies deep in the tree; a city's supervisor is refused outside its city; an agency added or moved enters its
 * supervisor's scope within the directory's refresh period. The audit log stands for the records: every service has
 * it and scopes it by the same subtree. Each service runs it as a {@code @QuarkusTest} subclass that puts the province
 * into the directory it reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScaleContract {

    public static final int AGENCIES = 10_000;
    private static final String AUDIT = "/api/v1/audit";

    /** code → parent, parents before children. */
    protected final Map<String, String> province = new LinkedHashMap<>();
    private final String prefix = "p" + UUID.randomUUID().toString().substring(0, 6);
    private String deepest;

    /**
     * Puts the agencies (parents before children) into the directory the service reads: by default the
     * {@link TestDirectory} the source services' tests stand up in place of the report-service.
     */
    protected void putIntoDirectory(Map<String, String> parents) {
        TestDirectory.putAll(parents);
    }

    /** Takes the province out again, so that other tests see the directory as before. */
    protected void removeFromDirectory(Iterable<String> codes) {
        TestDirectory.remove(codes);
    }

    /** How long the service may take to see a change of the directory (the source services' tests refresh every 2 s). */
    protected Duration refreshPeriod() {
        return Duration.ofSeconds(2);
    }

    @BeforeAll
    void buildProvince() {
        String root = prefix;
        province.put(root, null);
        // 18 cities of 10 counties; each county a chain 5 deep (the deepest agencies) and departments up to 10,000
        for (int c = 0; c < 18; c++) {
            String city = prefix + "-c" + c;
            province.put(city, root);
            for (int k = 0; k < 10; k++) {
                String county = city + "-k" + k;
                province.put(county, city);
                String parent = county;
                for (int d = 0; d < 5; d++) {
                    String deeper = county + "-d" + d;
                    province.put(deeper, parent);
                    parent = deeper;
                }
                deepest = parent;
            }
        }
        for (int i = 0; province.size() < AGENCIES; i++) {
            province.put(prefix + "-c" + (i % 18) + "-k" + (i / 18 % 10) + "-x" + i, prefix + "-c" + (i % 18) + "-k" + (i / 18 % 10));
        }
        putIntoDirectory(province);
    }

    @AfterAll
    void removeProvince() {
        removeFromDirectory(List.copyOf(province.keySet()));
    }

    private static String supervisorOf(String agency) {
        return Tokens.token("supervisor-of-" + agency, List.of(Roles.SUPERVISOR), agency);
    }

    @Test
    void theProvincialSupervisorsTokenIsSmallAndReadsTheDeepestAgencies() {
        String token = supervisorOf(prefix);
        assertTrue(token.length() < 2048, "the provincial supervisor's token is " + token.length() + " bytes");
        given().auth().oauth2(token).queryParam("agency", deepest).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode());
        given().auth().oauth2(token).when().get(AUDIT).then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void aCitysSupervisorIsRefusedOutsideItsCity() {
        String city = supervisorOf(prefix + "-c0");
        given().auth().oauth2(city).queryParam("agency", prefix + "-c0-k3-d4").when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode());
        given().auth().oauth2(city).queryParam("agency", prefix + "-c1-k3-d4").when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(city).queryParam("agency", prefix).when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aNewOrMovedAgencyEntersScopeWithinTheRefreshPeriod() throws InterruptedException {
        String city = supervisorOf(prefix + "-c2");
        String added = prefix + "-c2-new";
        province.put(added, prefix + "-c2");
        putIntoDirectory(Map.of(added, prefix + "-c2"));
        // an unknown code makes the replica fetch at once
        given().auth().oauth2(city).queryParam("agency", added).when().get(AUDIT).then().statusCode(Status.OK.getStatusCode());

        String moved = prefix + "-c3-k0";
        given().auth().oauth2(city).queryParam("agency", moved).when().get(AUDIT).then().statusCode(Status.FORBIDDEN.getStatusCode());
        putIntoDirectory(Map.of(moved, prefix + "-c2"));
        long start = System.nanoTime();
        long deadline = start + refreshPeriod().plusSeconds(1).toNanos();
        int status;
        do {
            Thread.sleep(100);
            status = given().auth().oauth2(city).queryParam("agency", moved).when().get(AUDIT).then().extract().statusCode();
        } while (status != Status.OK.getStatusCode() && System.nanoTime() < deadline);
        assertTrue(status == Status.OK.getStatusCode(), "the moved agency is still outside after " + refreshPeriod());
        // moving it moved its scope: the old city's supervisor is refused now
        given().auth().oauth2(supervisorOf(prefix + "-c3")).queryParam("agency", moved).when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }
}
