package cn.gov.opendata.seeds.e2e;

import cn.gov.opendata.seeds.load.ApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static cn.gov.opendata.seeds.e2e.KilledImports.LINES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL crashing in the middle of a 60,000-line complaints import: the backend process writing it is killed
 * (SIGKILL), so the postmaster ends every other backend and replays its log, as after any crash of the database. The
 * client gets a 503 problem, nothing of the import is there after the recovery, every service answers again on its
 * own (its pool drops the dead connections and opens new ones; nothing is restarted), and re-sending writes all of it.
 *
 * <p>It resets every connection of the shared PostgreSQL (Keycloak's too): the end-to-end tests run one after another,
 * and this one returns only once the database, Keycloak and all four services answer again.
 */
class PostgresKillIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the database and then the services may take to answer again after the crash. */
    private static final Duration RECOVERY = Duration.ofSeconds(90);

    @Test
    void anImportWhoseDatabaseCrashesIsAllOrNothingAndTheServicesRecoverOnTheirOwn() throws Exception {
        ReferenceSystem system = ReferenceSystem.get();
        String admin = system.token("admin");
        ServiceProcess appeals = system.service("appeals");
        String agency = "e2e-pgkill-" + UUID.randomUUID().toString().substring(0, 8);
        String batch = KilledImports.batch(agency, "P-", "2012-06-04");

        CompletableFuture<HttpResponse<String>> first = KilledImports.start(appeals, admin, batch);
        String backend;
        HttpResponse<String> answer;
        long servingAgainMillis;
        try {
            backend = KilledImports.awaitWritingBackend(first);
            assertNotNull(backend, "the import was not seen writing before it ended: " + KilledImports.outcome(first));
            // as root, as the tests run in CI; the postmaster then resets every backend and recovers by itself
            Process kill = new ProcessBuilder("kill", "-9", backend).redirectErrorStream(true).start();
            assertEquals(0, kill.waitFor(), "could not SIGKILL PostgreSQL backend " + backend + ": "
                    + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            answer = first.get(2, TimeUnit.MINUTES);
        } finally {
            // whatever happened, the next test finds the database, Keycloak (which keeps its data there too) and the
            // services answering
            awaitDatabase();
            if (LocalKeycloak.running()) {
                LocalKeycloak.awaitServing(RECOVERY);
            }
        }
        long recovered = System.nanoTime();
        new ApiLoader(system.urls(), null).awaitReady(RECOVERY);
        awaitReading(appeals, admin, agency);
        servingAgainMillis = (System.nanoTime() - recovered) / 1_000_000;
        System.out.printf("services served again %d ms after PostgreSQL recovered%n", servingAgainMillis);

        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(503, problem.get("status").asInt(), answer.body());
        assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "a 503 says when to retry");
        assertTrue(!problem.get("detail").asText().contains("java") && !problem.get("detail").asText().contains("SQL"),
                "the detail is in plain words: " + answer.body());
        assertEquals(0, KilledImports.total(appeals, admin, agency), "nothing of the import is there after the crash");

        HttpResponse<String> again = KilledImports.send(appeals, admin, batch);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(LINES, JSON.readTree(again.body()).get("created").asInt(), again.body());
        assertEquals(LINES, KilledImports.total(appeals, admin, agency));
    }

    /** Until PostgreSQL accepts connections and has finished replaying its log. */
    private static void awaitDatabase() throws Exception {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (!KilledImports.psql("postgres", "SELECT NOT pg_is_in_recovery()").equals("t")) {
            assertTrue(System.nanoTime() < deadline, "PostgreSQL did not recover within " + RECOVERY);
            Thread.sleep(250);
        }
    }

    /** Until the appeals-service reads its complaints again (its pool held connections the crash closed). */
    private static void awaitReading(ServiceProcess appeals, String token, String agency) throws Exception {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (true) {
            HttpResponse<String> response = KilledImports.list(appeals, token, agency);
            if (response.statusCode() == 200) {
                return;
            }
            assertEquals(503, response.statusCode(), "while the pool reconnects the service is unavailable, nothing else: " + response.body());
            assertTrue(System.nanoTime() < deadline, "the appeals-service did not read again within " + RECOVERY);
            Thread.sleep(250);
        }
    }
}
