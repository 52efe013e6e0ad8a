package cn.gov.opendata.seeds.bench;

import cn.gov.opendata.seeds.dataset.Dataset;
import cn.gov.opendata.seeds.load.ApiLoader;
import cn.gov.opendata.seeds.load.ApiLoader.ImportOutcome;
import cn.gov.opendata.seeds.load.ServiceUrls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code seeds.jar bench}: loads a benchmark size through the public APIs (repeatedly: the first import creates,
 * the later ones find everything unchanged), then times the statistics endpoint of each source and the full report
 * in each document type, and writes the results as Markdown tables into the output folder. It marks the phase it is
 * in ({@code phase} file) so that deploy/bench/bench.sh can attribute the services' memory to it, and leaves
 * {@code read-ids.txt} and {@code bench.env} for the load test that the script runs next.
 */
public final class BenchCommand {

    private static final List<String> DOCUMENTS = List.of("json", "html", "docx", "xlsx");

    private final ServiceUrls urls;
    private final String token;
    private final Path out;
    private final int runs;
    private final int imports;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final StringBuilder results = new StringBuilder();

    BenchCommand(ServiceUrls urls, String token, Path out, int runs, int imports) {
        this.urls = urls;
        this.token = token;
        this.out = out;
        this.runs = runs;
        this.imports = imports;
    }

    public static void run(ServiceUrls urls, String token, Map<String, String> options) throws Exception {
        Path out = Path.of(options.getOrDefault("--out", "target/bench"));
        Files.createDirectories(out);
        BenchCommand bench = new BenchCommand(urls, token, out, Integer.parseInt(options.getOrDefault("--runs", "50")),
                Integer.parseInt(options.getOrDefault("--imports", "3")));
        bench.phase("generate");
        BenchData data = BenchData.of(options.getOrDefault("--size", "S"), out,
                Integer.parseInt(options.getOrDefault("--items", "0")));
        bench.execute(data);
    }

    private void execute(BenchData data) throws Exception {
        ApiLoader loader = new ApiLoader(urls, token);
        loader.awaitReady(Duration.ofMinutes(2));
        Dataset d = data.dataset();
        results.append(String.format(Locale.ROOT, "### Size %s: %,d agencies, %,d items, %,d requests, %,d reconsiderations, "
                        + "%,d lawsuits, %,d complaints; report root `%s`, year %d%n%n", data.size(), d.agencies().size(),
                data.items(), d.requests().size(), d.reconsiderations().size(), d.lawsuits().size(), d.complaints().size(),
                data.root(), data.year()));

        Map<String, List<ImportOutcome>> byEndpoint = new LinkedHashMap<>();
        for (int run = 1; run <= imports; run++) {
            phase("import-" + run);
            for (ImportOutcome outcome : loader.importRecords(d, data.itemsFile(), data.items())) {
                byEndpoint.computeIfAbsent(outcome.what(), k -> new ArrayList<>()).add(outcome);
            }
            if (run == 1) {
                loader.putTallies(d.tallies());
            }
        }
        importTable(byEndpoint);

        phase("statistics");
        results.append("| statistics (GET /api/v1/statistics/").append(data.year())
                .append(") | first call ms | runs | median ms | p99 ms | answer bytes |\n|---|---|---|---|---|---|\n");
        statisticsRow("disclosure-service", urls.disclosure() + "/api/v1/statistics/" + data.year());
        statisticsRow("application-service", urls.application() + "/api/v1/statistics/" + data.year());
        statisticsRow("appeals-service", urls.appeals() + "/api/v1/statistics/" + data.year());
        results.append('\n');

        phase("report");
        results.append("| report `").append(data.root()).append('/').append(data.year())
                .append("` NATIONAL_2021 SUBTREE | first call ms | runs | median ms | p99 ms | bytes |\n|---|---|---|---|---|---|\n");
        for (String type : DOCUMENTS) {
            String url = urls.report() + "/api/v1/reports/" + data.root() + "/" + data.year() + "." + type
                    + "?format=NATIONAL_2021&scope=SUBTREE";
            statisticsRow(type.toUpperCase(Locale.ROOT), url);
        }
        results.append('\n');

        phase("done");
        writeLoadTestInputs(data);
        Files.writeString(out.resolve("bench.md"), results.toString(), StandardCharsets.UTF_8);
        System.out.println(results);
    }

    private void importTable(Map<String, List<ImportOutcome>> byEndpoint) {
        results.append("| bulk import | lines | first run: s | records/s | later runs (unchanged): s | records/s |\n")
                .append("|---|---|---|---|---|---|\n");
        byEndpoint.forEach((what, outcomes) -> {
            ImportOutcome first = outcomes.get(0);
            StringJoiner later = new StringJoiner(", ");
            StringJoiner laterRate = new StringJoiner(", ");
            for (ImportOutcome again : outcomes.subList(1, outcomes.size())) {
                later.add(String.format(Locale.ROOT, "%.1f", again.millis() / 1000.0));
                laterRate.add(String.format(Locale.ROOT, "%,.0f", again.linesPerSecond()));
            }
            results.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %s | %s |%n", what, first.lines(),
                    first.millis() / 1000.0, first.linesPerSecond(), later, laterRate));
        });
        results.append('\n');
    }

    /**
     * The first call (after the import: nothing cached yet, the code not yet compiled) timed on its own, one more
     * warm-up call, then {@code runs} timed ones, one after another.
     */
    private void statisticsRow(String what, String url) throws IOException, InterruptedException {
        long start0 = System.nanoTime();
        long bytes = get(url);
        double first = (System.nanoTime() - start0) / 1e6;
        get(url);
        Timings timings = new Timings();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = get(url);
            timings.add((System.nanoTime() - start) / 1e6);
        }
        results.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %.0f | %.0f | %,d |%n", what, first, timings.count(),
                timings.median(), timings.p99(), bytes));
        System.out.printf(Locale.ROOT, "%s: median %.0f ms, p99 %.0f ms%n", what, timings.median(), timings.p99());
    }

    private long get(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(authorized(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " → " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    /** The ids of the clerk agency's requests (the read load cycles through them) and the facts the script needs. */
    private void writeLoadTestInputs(BenchData data) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(authorized(urls.application() + "/api/v1/requests?agency=" + data.clerkAgency()
                + "&size=500").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("listing requests → " + page.statusCode() + ": " + page.body());
        }
        StringBuilder ids = new StringBuilder();
        for (JsonNode item : json.readTree(page.body()).path("items")) {
            ids.append(item.path("id").asLong()).append('\n');
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("agency " + data.clerkAgency() + " has no requests to read");
        }
        Files.writeString(out.resolve("read-ids.txt"), ids.toString());
        Files.writeString(out.resolve("bench.env"), "REPORT_ROOT=" + data.root() + "\nYEAR=" + data.year()
                + "\nCLERK_AGENCY=" + data.clerkAgency() + "\n");
    }

    private HttpRequest.Builder authorized(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token);
    }

    private void phase(String name) throws IOException {
        Files.writeString(out.resolve("phase"), name + "\n");
        System.out.println("== phase " + name);
    }
}
