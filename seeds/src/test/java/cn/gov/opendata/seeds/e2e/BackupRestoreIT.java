package cn.gov.opendata.seeds.e2e;

import cn.gov.opendata.seeds.load.ApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/local/backup.sh and restore.sh on the reference system: the four end-to-end databases backed up, dropped,
 * recreated empty and restored; the restarted services then answer the reference city's report exactly as before
 * (instants aside: they say when the answer was made; and each source's {@code millis}, how long that source took to
 * answer this time, which JsonRenderer.content leaves out of a report's content for the same reason).
 */
class BackupRestoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*");
    private static final List<String> REPORTS = List.of(
            "/api/v1/reports/zk/2018?format=LEGACY_2008&scope=SUBTREE",
            "/api/v1/reports/zk/2018?format=NATIONAL_2021&scope=SUBTREE",
            "/api/v1/reports/zk-fugou/2018?format=LEGACY_2008&scope=SELF");

    @Test
    void aRestoredSystemAnswersTheSameReports() throws Exception {
        ReferenceSystem system = ReferenceSystem.get();
        String token = system.token("reader");
        List<JsonNode> before = new ArrayList<>();
        Path root = Path.of("").toAbsolutePath().getParent();
        Path backup = Path.of("target", "e2e-backup").toAbsolutePath();
        Files.createDirectories(backup);
        for (String path : REPORTS) {
            JsonNode raw = get(system.reportUrl() + path, token);
            Files.writeString(backup.resolve("raw-before-" + before.size() + ".json"), raw.toPrettyString());
            before.add(withoutVolatileFields(raw));
        }
        run(root, "deploy/local/backup.sh", backup.toString(), "--suffix", "_e2e");
        for (String name : List.of("disclosure", "application", "appeals", "report")) {
            assertTrue(Files.size(backup.resolve(name + ".dump")) > 0, name + ".dump is empty");
        }
        for (ServiceProcess service : system.services().values()) {
            service.stop();
        }
        try {
            run(root, "deploy/local/restore.sh", backup.toString(), "--suffix", "_e2e");
        } finally {
            for (ServiceProcess service : system.services().values()) {
                service.start(false);
            }
            new ApiLoader(system.urls(), null).awaitReady(Duration.ofMinutes(2));
        }
        for (int i = 0; i < REPORTS.size(); i++) {
            JsonNode raw = get(system.reportUrl() + REPORTS.get(i), token);
            Files.writeString(backup.resolve("raw-after-" + i + ".json"), raw.toPrettyString());
            assertEquals(before.get(i), withoutVolatileFields(raw), REPORTS.get(i) + " (diff raw-before-" + i + ".json and raw-after-"
                    + i + ".json in " + backup + ")");
        }
    }

    private static void run(Path root, String script, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), script + " did not finish");
        assertEquals(0, process.exitValue(), script + ":\n" + output);
    }

    private static JsonNode get(String url, String token) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // right after a restart the report-service's breaker may still count the sources as down
            if (response.statusCode() == 503 && attempt < 30) {
                Thread.sleep(2000);
                continue;
            }
            assertEquals(200, response.statusCode(), url + " → " + response.body());
            return JSON.readTree(response.body());
        }
    }

    private static JsonNode withoutVolatileFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("millis") && object.has("provided")) {
                // a SourceInfo: the time its source took to answer differs from one request to the next
                object.put("millis", 0);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> replaced = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                replaced.add(Map.entry(field.getKey(), withoutVolatileFields(field.getValue())));
            }
            replaced.forEach(e -> object.set(e.getKey(), e.getValue()));
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutVolatileFields(array.get(i)));
            }
            return array;
        }
        if (node.isTextual() && INSTANT.matcher(node.asText()).matches()) {
            return TextNode.valueOf("<instant>");
        }
        return node;
    }
}
