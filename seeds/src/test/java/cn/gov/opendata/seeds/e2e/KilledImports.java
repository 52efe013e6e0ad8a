package cn.gov.opendata.seeds.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What ImportKillIT and PostgresKillIT share: a large complaints import into the appeals-service for an agency outside
 * the directory, dated 2012 (a year no other end-to-end test reports on: a report of it would rightly warn about the
 * unknown agency, and the system is shared), the PostgreSQL backend seen writing it, and the count it left behind.
 */
final class KilledImports {

    static final int LINES = 60_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KilledImports() {
    }

    static String batch(String agency, String numberPrefix, String receivedOn) {
        return IntStream.range(0, LINES)
                .mapToObj(i -> "{\"agency\":\"" + agency + "\",\"referenceNumber\":\"" + numberPrefix + i
                        + "\",\"receivedOn\":\"" + receivedOn + "\",\"subject\":\"逾期未答复\"}")
                .collect(Collectors.joining("\n"));
    }

    static CompletableFuture<HttpResponse<String>> start(ServiceProcess appeals, String token, String batch) {
        return HTTP.sendAsync(importRequest(appeals, token, batch), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(ServiceProcess appeals, String token, String batch) throws IOException, InterruptedException {
        return HTTP.send(importRequest(appeals, token, batch), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The process id of the PostgreSQL backend writing the staged complaints, or null if the import ended first. */
    static String awaitWritingBackend(CompletableFuture<?> answer) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!answer.isDone() && System.nanoTime() < deadline) {
            String pid = psql("appeals_e2e", "SELECT pid FROM pg_stat_activity WHERE datname = 'appeals_e2e' AND state = 'active'"
                    + " AND query LIKE '%staged_complaint%' AND pid <> pg_backend_pid() LIMIT 1");
            if (!pid.isEmpty() && pid.chars().allMatch(Character::isDigit)) {
                return pid;
            }
        }
        return null;
    }

    /** What the import's future answered, in words for an assertion message. */
    static String outcome(CompletableFuture<HttpResponse<String>> answer) {
        return answer.handle((done, failure) -> done != null ? done.statusCode() + " " + done.body() : String.valueOf(failure))
                .getNow("still open");
    }

    static HttpResponse<String> list(ServiceProcess appeals, String token, String agency) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(appeals.url() + "/api/v1/complaints?agency=" + agency + "&size=1"))
                        .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static int total(ServiceProcess appeals, String token, String agency) throws IOException, InterruptedException {
        HttpResponse<String> response = list(appeals, token, agency);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("total").asInt();
    }

    static String psql(String database, String sql) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-tAc", sql)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return output;
    }

    private static HttpRequest importRequest(ServiceProcess appeals, String token, String batch) {
        return HttpRequest.newBuilder(URI.create(appeals.url() + "/api/v1/complaints/import"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(batch, StandardCharsets.UTF_8)).build();
    }
}
