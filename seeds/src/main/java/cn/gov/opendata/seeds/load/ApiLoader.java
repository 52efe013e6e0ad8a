package cn.gov.opendata.seeds.load;

import cn.gov.opendata.seeds.dataset.Dataset;
import cn.gov.opendata.seeds.dataset.Records;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Writes a dataset through the services' public REST APIs — bulk imports where they exist, idempotent PUTs
 * elsewhere — never into their databases. Running it twice leaves the same data.
 */
public final class ApiLoader {

    private static final String NDJSON = "application/x-ndjson";

    private final ServiceUrls urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final String bearerToken;

    public ApiLoader(ServiceUrls urls, String bearerToken) {
        this.urls = urls;
        this.bearerToken = bearerToken;
    }

    public void load(Dataset dataset) throws IOException, InterruptedException {
        importRecords(dataset, null, 0);
        putTallies(dataset.tallies());
        Writes narratives = new Writes("narratives");
        for (Records.Narrative narrative : dataset.narratives()) {
            Map<String, Object> body = Map.of("text", narrative.text());
            narratives.count(putIfChanged(urls.report() + "/api/v1/narratives/" + narrative.agency() + "/" + narrative.year()
                    + "/" + narrative.section(), body, stored -> stored.path("text").asText().equals(narrative.text())));
        }
        narratives.print();
        Writes figures = new Writes("supplementary figure sets");
        for (Records.Supplementary supplementary : dataset.supplementary()) {
            Map<String, Object> body = Map.of("figures", supplementary.figures());
            figures.count(putIfChanged(urls.report() + "/api/v1/supplementary/" + supplementary.agency() + "/"
                    + supplementary.year(), body, stored -> stored.path("figures").equals(json.valueToTree(supplementary.figures()))));
        }
        figures.print();
    }

    /**
     * Every bulk import of the dataset, in dependency order (agencies first, lawsuits after the reconsiderations they
     * name). The items come from {@code itemsFile} ({@code items} lines) when given — a province's are too many to
     * hold in memory — else from the dataset.
     */
    public List<ImportOutcome> importRecords(Dataset dataset, Path itemsFile, long items) throws IOException, InterruptedException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        outcomes.add(importLines("agencies", urls.report() + "/api/v1/agencies/import", dataset.agencies()));
        String disclosures = urls.disclosure() + "/api/v1/disclosures/import";
        outcomes.add(itemsFile != null ? importFile("disclosures", disclosures, itemsFile, items)
                : importLines("disclosures", disclosures, dataset.disclosures()));
        outcomes.add(importLines("requests", urls.application() + "/api/v1/requests/import", dataset.requests()));
        outcomes.add(importLines("reconsiderations", urls.appeals() + "/api/v1/reconsiderations/import", dataset.reconsiderations()));
        outcomes.add(importLines("lawsuits", urls.appeals() + "/api/v1/lawsuits/import", dataset.lawsuits()));
        outcomes.add(importLines("complaints", urls.appeals() + "/api/v1/complaints/import", dataset.complaints()));
        return outcomes;
    }

    /** Waits until every service answers its readiness check. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String base : List.of(urls.report(), urls.disclosure(), urls.application(), urls.appeals())) {
            while (true) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // the service is still starting
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(base + " is not ready");
                }
                Thread.sleep(500);
            }
        }
    }

    /** One bulk import: how many lines, how long it took and what the service answered (its created/updated/unchanged counts). */
    public record ImportOutcome(String what, long lines, long millis, String answer) {
        public double linesPerSecond() {
            return lines * 1000.0 / Math.max(1, millis);
        }
    }

    public ImportOutcome importLines(String what, String url, List<?> lines) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder(lines.size() * 200);
        for (Object line : lines) {
            body.append(json.writeValueAsString(line)).append('\n');
        }
        return importBody(what, url, lines.size(), HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    /** Streams an NDJSON file of {@code lines} lines to a bulk endpoint without holding it in memory. */
    public ImportOutcome importFile(String what, String url, Path file, long lines) throws IOException, InterruptedException {
        return importBody(what, url, lines, HttpRequest.BodyPublishers.ofFile(file));
    }

    private ImportOutcome importBody(String what, String url, long lines, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = send(request(url).header("Content-Type", NDJSON)
                .timeout(Duration.ofMinutes(30)).POST(body).build());
        ImportOutcome outcome = new ImportOutcome(what, lines, (System.nanoTime() - start) / 1_000_000, response.body());
        System.out.printf("%s: %d lines in %d ms → %s%n", what, lines, outcome.millis(), abbreviate(response.body()));
        return outcome;
    }

    /** Writes the year's tallies of each agency (one PUT each: there is no bulk endpoint for them). */
    public void putTallies(List<Records.Tallies> tallies) throws IOException, InterruptedException {
        Writes writes = new Writes("tallies (agency-years)");
        for (Records.Tallies t : tallies) {
            writes.count(putIfChanged(urls.disclosure() + "/api/v1/tallies/" + t.agency() + "/" + t.year(),
                    Map.of("values", t.values(), "notApplicable", t.notApplicable()),
                    stored -> sameTallies(stored, t)));
        }
        writes.print();
    }

    private static boolean sameTallies(JsonNode stored, Records.Tallies tallies) {
        Map<String, String> values = new TreeMap<>();
        stored.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        Set<String> notApplicable = new TreeSet<>();
        stored.path("notApplicable").forEach(kind -> notApplicable.add(kind.asText()));
        return values.equals(new TreeMap<>(tallies.values())) && notApplicable.equals(new TreeSet<>(tallies.notApplicable()));
    }

    /** What a PUT did: the service's 201 or 200, or nothing when what it holds already equals the body. */
    private enum Write { CREATED, UPDATED, UNCHANGED }

    /**
     * Reads the resource first and writes only when it differs, so that loading again reports what changed (the
     * PUT endpoints, unlike the bulk imports, do not say whether a replacement changed anything).
     */
    private Write putIfChanged(String url, Object body, Predicate<JsonNode> same) throws IOException, InterruptedException {
        HttpResponse<String> current = http.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (current.statusCode() == 200 && same.test(json.readTree(current.body()))) {
            return Write.UNCHANGED;
        }
        HttpResponse<String> written = send(request(url).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8)).build());
        return written.statusCode() == 201 ? Write.CREATED : Write.UPDATED;
    }

    /** Counts the writes of one kind and prints them as the imports print theirs. */
    private static final class Writes {
        private final String what;
        private final Map<Write, Integer> counts = new EnumMap<>(Write.class);
        private final long start = System.nanoTime();

        Writes(String what) {
            this.what = what;
            for (Write write : Write.values()) {
                counts.put(write, 0);
            }
        }

        void count(Write write) {
            counts.merge(write, 1, Integer::sum);
        }

        void print() {
            // one PUT (and its read) per record: the time shows what a load spends outside the bulk imports
            System.out.printf("%s: %d in %d ms → {\"created\":%d,\"updated\":%d,\"unchanged\":%d}%n", what,
                    counts.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - start) / 1_000_000,
                    counts.get(Write.CREATED), counts.get(Write.UPDATED), counts.get(Write.UNCHANGED));
        }
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (bearerToken != null && !bearerToken.isBlank()) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new LoadFailedException(request.method() + " " + request.uri() + " → " + response.statusCode()
                    + ": " + abbreviate(response.body()));
        }
        return response;
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A service refused part of the dataset; the message carries its problem+json answer. */
    public static final class LoadFailedException extends RuntimeException {
        LoadFailedException(String message) {
            super(message);
        }
    }
}
