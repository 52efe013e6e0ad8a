package cn.gov.opendata.seeds.e2e;

import cn.gov.opendata.seeds.load.ApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The appeals-service killed (SIGKILL) while it writes a 60,000-line complaints import: after the restart the import
 * is wholly absent (PostgreSQL rolled back the open transaction when the connection died), and sending it again writes
 * all of it — never half a batch.
 */
class ImportKillIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int LINES = 60_000;

    @Test
    void anImportKilledMidwayIsAllOrNothing() throws Exception {
        ReferenceSystem system = ReferenceSystem.get();
        String admin = system.token("admin");
        ServiceProcess appeals = system.service("appeals");
        // an agency outside the directory, in a year no other end-to-end test reports on: a report of that year would
        // rightly warn about the unknown agency (UNKNOWN_AGENCIES), and the system is shared
        String agency = "e2e-kill-" + UUID.randomUUID().toString().substring(0, 8);
        String batch = IntStream.range(0, LINES)
                .mapToObj(i -> "{\"agency\":\"" + agency + "\",\"referenceNumber\":\"K-" + i
                        + "\",\"receivedOn\":\"2012-05-02\",\"subject\":\"逾期未答复\"}")
                .collect(Collectors.joining("\n"));

        CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(importRequest(appeals, admin, batch),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        boolean writing;
        try {
            writing = awaitWriting(first);
            appeals.kill();
        } finally {
            // the other end-to-end tests share the system: it runs again whatever happened here
            appeals.stop();
            appeals.start(false);
            new ApiLoader(system.urls(), null).awaitReady(Duration.ofMinutes(2));
        }
        assertTrue(writing, "the import was not seen writing before it ended: " + first.handle((answer, failure) ->
                answer != null ? answer.statusCode() + " " + answer.body() : String.valueOf(failure)).getNow("still open"));
        assertEquals(0, total(appeals, admin, agency), "nothing of the killed import is there");

        HttpResponse<String> again = HTTP.send(importRequest(appeals, admin, batch), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(LINES, JSON.readTree(again.body()).get("created").asInt(), again.body());
        assertEquals(LINES, total(appeals, admin, agency));
    }

    private static HttpRequest importRequest(ServiceProcess appeals, String token, String batch) {
        return HttpRequest.newBuilder(URI.create(appeals.url() + "/api/v1/complaints/import"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(batch, StandardCharsets.UTF_8)).build();
    }

    /** Waits until the service's transaction is writing the staged rows (seen in pg_stat_activity), or the import ended. */
    private static boolean awaitWriting(CompletableFuture<?> answer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!answer.isDone() && System.nanoTime() < deadline) {
            Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "appeals_e2e", "-tAc",
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = 'appeals_e2e' AND state = 'active'"
                            + " AND query LIKE '%staged_complaint%' AND pid <> pg_backend_pid()")
                    .redirectErrorStream(true).start();
            String seen = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            psql.waitFor();
            if (!seen.equals("0") && !seen.isEmpty() && seen.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    private static int total(ServiceProcess appeals, String token, String agency) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(appeals.url()
                        + "/api/v1/complaints?agency=" + agency + "&size=1"))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode page = JSON.readTree(response.body());
        return page.get("total").asInt();
    }
}
