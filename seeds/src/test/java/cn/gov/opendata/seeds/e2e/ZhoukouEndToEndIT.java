package cn.gov.opendata.seeds.e2e;

import cn.gov.opendata.seeds.load.ApiLoader;
import cn.gov.opendata.seeds.load.ServiceUrls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole system as it runs: the four packaged services as real processes on free ports against PostgreSQL,
 * the reference dataset loaded through the public APIs, and the city's reports checked against the figures of the
 * Zhoukou 2018 annual report (DOMAIN.md §6).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZhoukouEndToEndIT {

    private static final String LEGACY_2018 = "/api/v1/reports/zk/2018%s?format=LEGACY_2008&scope=SUBTREE";
    private static final String NATIONAL_2025 = "/api/v1/reports/zk/2025%s?format=NATIONAL_2021&scope=SUBTREE";

    /** Every figure and percentage text of the 2018 report's sections 二–四 (DOMAIN.md §6). */
    private static final List<String> FIGURES_2018 = List.of(
            "83836条", "305条", "56288条", "6034条", "50254条", "2054条", "2354条", "28275条", "368",
            "1764条", "1666条", "94.44%",
            "258件", "148件", "57.36%", "67件", "25.96%", "42件", "16.27%", "1件", "0.38%",
            "253件", "97.12%", "75件", "29.64%", "114件", "45.05%", "14件", "5.53%", "6件", "2.37%",
            "9件", "3.55%", "15件", "5.92%", "4件", "1.58%", "16件", "6.32%",
            "98件", "53件", "36件", "86件", "74件", "2件", "10件", "647件");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Map<String, ServiceProcess> SERVICES;
    private static String report;
    private static ReferenceSystem system;
    /** Reports are read as the provincial platform would: with a reader's token (docs/SECURITY.md). */
    private static String readerToken;

    /** Starts the services and loads the reference dataset, or reuses them if another end-to-end class already did. */
    @BeforeAll
    static void startSystemAndLoadReferenceData() throws Exception {
        system = ReferenceSystem.get();
        SERVICES = system.services();
        report = system.reportUrl();
        readerToken = system.token("reader");
    }

    @Test
    @Order(1)
    void legacyReportOf2018CarriesEveryFigureOfTheSeedReport() throws Exception {
        JsonNode legacy = getJson(LEGACY_2018.formatted(""));
        String text = paragraphs(legacy);
        for (String figure : FIGURES_2018) {
            assertTrue(text.contains(figure), "2018 report lacks " + figure + "\n" + text);
        }
        for (String percentage : percentagesOfSeedSections()) {
            assertTrue(text.contains(percentage), "2018 report lacks the seed's " + percentage);
        }
        assertNoFailedChecks(legacy);
    }

    @Test
    @Order(2)
    void nationalReportOf2025PassesEveryCheck() throws Exception {
        JsonNode national = getJson(NATIONAL_2025.formatted(""));
        assertEquals(3, national.get("tables").size(), "tables 二, 三, 四");
        assertNoFailedChecks(national);
        assertTrue(cellValues(national).stream().anyMatch(v -> v > 0), "2025 tables hold figures");
    }

    @Test
    @Order(2)
    void aCityFigureLeadsThroughItsAgenciesToTheRecordsBehindIt() throws Exception {
        JsonNode national = getJson(NATIONAL_2025.formatted(""));
        JsonNode received = cell(national, "TABLE_3", "RECEIVED", "TOTAL");
        String link = received.get("link").asText();
        // 465 agencies do not fit in a URL: the city's cells link to the contributions of each agency
        assertEquals(report + "/api/v1/reports/zk/2025/contributions?table=TABLE_3&row=RECEIVED&column=TOTAL", link);
        JsonNode split = JSON.readTree(getAbsolute(link, readerToken));
        assertEquals(received.get("text").asLong(), split.get("total").asLong());
        long sum = 0;
        for (JsonNode contribution : split.get("contributions")) {
            sum += contribution.get("value").asLong();
        }
        assertEquals(split.get("total").asLong(), sum);
        JsonNode first = split.get("contributions").get(0);
        JsonNode records = JSON.readTree(getAbsolute(first.get("link").asText() + "&size=1", readerToken));
        assertEquals(first.get("value").asLong(), records.get("total").asLong(),
                "the agency's link lists exactly the requests counted for it: " + first);
    }

    private static JsonNode cell(JsonNode report, String table, String row, String column) {
        for (JsonNode t : report.get("tables")) {
            if (!t.get("code").asText().equals(table)) {
                continue;
            }
            for (JsonNode r : t.get("rows")) {
                if (!r.get("code").asText().equals(row)) {
                    continue;
                }
                for (JsonNode c : r.get("cells")) {
                    if (c.get("column").asText().equals(column)) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no cell " + table + "/" + row + "/" + column);
    }

    private static String getAbsolute(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), url + " → " + response.body());
        return response.body();
    }

    @Test
    @Order(3)
    void documentsHoldTheSameFigures() throws Exception {
        String html = new String(getBytes(LEGACY_2018.formatted(".html"), "text/html"), StandardCharsets.UTF_8);
        byte[] docx = getBytes(LEGACY_2018.formatted(".docx"), "*/*");
        String word;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            word = extractor.getText();
        }
        for (String figure : List.of("83836", "57.36%", "25.96%", "97.12%", "94.44%", "647")) {
            assertTrue(html.contains(figure), "HTML lacks " + figure);
            assertTrue(word.contains(figure), "DOCX lacks " + figure);
        }

        JsonNode national = getJson(NATIONAL_2025.formatted(""));
        byte[] xlsx = getBytes(NATIONAL_2025.formatted(".xlsx"), "*/*");
        Set<Long> numbers = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertTrue(workbook.getNumberOfSheets() >= 3, "one sheet per table");
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            numbers.add(Math.round(cell.getNumericCellValue()));
                        }
                    }
                }
            }
        }
        for (long value : cellValues(national)) {
            assertTrue(numbers.contains(value), "XLSX lacks the figure " + value);
        }
        String nationalHtml = new String(getBytes(NATIONAL_2025.formatted(".html"), "text/html"), StandardCharsets.UTF_8);
        for (long value : cellValues(national)) {
            assertTrue(nationalHtml.contains(">" + value + "<"), "national HTML lacks the cell " + value);
        }
    }

    /**
     * What a second {@code up.sh} does: every service restarted as a new process, the loader run as a new process
     * (a new JVM, where {@code Map.of} iterates in another order), loading the same data again. Nothing may be
     * created or updated, and the seed report's figures stay exact.
     */
    @Test
    @Order(4)
    void loadingAgainFromNewProcessesAfterARestartChangesNothing() throws Exception {
        JsonNode before = getJson(LEGACY_2018.formatted(""));
        for (ServiceProcess service : SERVICES.values()) {
            service.stop();
        }
        for (ServiceProcess service : SERVICES.values()) {
            service.start(false);
        }
        ServiceUrls urls = system.urls();
        new ApiLoader(urls, null).awaitReady(Duration.ofMinutes(2));

        Process loader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "seeds.jar").toString(), "load", "--report", urls.report(),
                "--disclosure", urls.disclosure(), "--application", urls.application(), "--appeals", urls.appeals(),
                "--token", system.token("admin")).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (var reader = loader.inputReader(StandardCharsets.UTF_8)) {
            reader.lines().forEach(output::add);
        }
        assertTrue(loader.waitFor(5, TimeUnit.MINUTES), "the loader did not finish");
        assertEquals(0, loader.exitValue(), String.join("\n", output));

        List<String> counted = output.stream().filter(line -> line.contains("\"unchanged\"")).toList();
        assertEquals(List.of("agencies", "disclosures", "requests", "reconsiderations", "lawsuits", "complaints",
                        "tallies (agency-years)", "narratives", "supplementary figure sets"),
                counted.stream().map(line -> line.substring(0, line.indexOf(':'))).toList(), String.join("\n", output));
        for (String line : counted) {
            assertTrue(line.contains("\"created\":0") && line.contains("\"updated\":0"), "changed something: " + line);
        }
        JsonNode after = getJson(LEGACY_2018.formatted(""));
        assertEquals(paragraphs(before), paragraphs(after));
        for (String figure : FIGURES_2018) {
            assertTrue(paragraphs(after).contains(figure), "2018 report lacks " + figure);
        }
    }

    @Test
    @Order(5)
    void aStoppedSourceTurnsTheReportIntoA503NamingItUntilItIsBack() throws Exception {
        ServiceProcess application = SERVICES.get("application");
        application.stop();
        HttpResponse<String> down = get(LEGACY_2018.formatted(""), "application/json");
        assertEquals(503, down.statusCode(), down.body());
        assertTrue(down.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(down.body().contains("application"), "the problem names the source: " + down.body());

        application.start(false);
        new ApiLoader(new ServiceUrls(report, SERVICES.get("disclosure").url(), application.url(),
                SERVICES.get("appeals").url()), system.token("admin")).awaitReady(Duration.ofMinutes(2));
        // the circuit breaker may still be open for a moment after the source returns
        HttpResponse<String> back = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            back = get(LEGACY_2018.formatted(""), "application/json");
            if (back.statusCode() == 200) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(paragraphs(JSON.readTree(back.body())).contains("57.36%"));
    }

    @Test
    @Order(6)
    void withoutATokenReportsAreRefusedAndAReaderListsRequestsWithoutPersonalDataButNoSingleRequest() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(report + LEGACY_2018.formatted("")))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        // the list a report figure links to: open to readers (docs/SECURITY.md), without the applicants
        HttpResponse<String> requests = HTTP.send(HttpRequest.newBuilder(URI.create(SERVICES.get("application").url()
                        + "/api/v1/requests?receivedYear=2018&size=500")).header("Authorization", "Bearer " + readerToken)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, requests.statusCode(), requests.body());
        JsonNode listed = JSON.readTree(requests.body());
        assertTrue(listed.get("total").asLong() > 0, "the city's 2018 requests: " + requests.body());
        for (String personal : List.of("\"applicant\"", "idNumber", "\"phone\"", "\"address\"", "\"name\"")) {
            assertTrue(!requests.body().contains(personal), "a reader's list carries " + personal);
        }
        long id = listed.get("items").get(0).get("id").asLong();
        HttpResponse<String> single = HTTP.send(HttpRequest.newBuilder(URI.create(SERVICES.get("application").url()
                        + "/api/v1/requests/" + id)).header("Authorization", "Bearer " + readerToken)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(403, single.statusCode(), "a reader gets no single request: " + single.body());

        HttpResponse<String> disclosures = HTTP.send(HttpRequest.newBuilder(URI.create(SERVICES.get("disclosure").url()
                        + "/api/v1/disclosures?agency=zk&size=1")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, disclosures.statusCode(), "the disclosure list is public: " + disclosures.body());
    }

    private static void assertNoFailedChecks(JsonNode report) {
        List<String> failed = new ArrayList<>();
        report.get("checks").forEach(check -> failed.add(check.get("severity").asText() + " " + check.get("code").asText()
                + ": " + check.get("message").asText()));
        assertEquals(List.of(), failed, "checks of " + report.get("year"));
    }

    private static String paragraphs(JsonNode report) {
        StringBuilder text = new StringBuilder();
        report.get("sections").forEach(section -> section.get("paragraphs").forEach(paragraph -> {
            if (paragraph.hasNonNull("heading")) {
                text.append(paragraph.get("heading").asText()).append('\n');
            }
            text.append(paragraph.get("text").asText()).append('\n');
        }));
        return text.toString();
    }

    /** The integer figures of all table cells (a "/" cell or a decimal is skipped). */
    private static List<Long> cellValues(JsonNode report) {
        List<Long> values = new ArrayList<>();
        report.get("tables").forEach(table -> table.get("rows").forEach(row -> row.get("cells").forEach(cell -> {
            String text = cell.get("text").asText();
            if (text.matches("\\d+")) {
                values.add(Long.parseLong(text));
            }
        })));
        return values;
    }

    /** Percentages printed in sections 二–四 of the seed document itself. */
    private static List<String> percentagesOfSeedSections() throws IOException {
        String seed;
        try (var in = ZhoukouEndToEndIT.class.getResourceAsStream("/zhoukou-2018-annual-report.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String sections = seed.substring(seed.indexOf("二、主动公开政府信息情况"), seed.indexOf("五、主要问题和改进措施"));
        List<String> percentages = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\d+\\.\\d{2}%").matcher(sections);
        while (matcher.find()) {
            percentages.add(matcher.group());
        }
        assertEquals(14, percentages.size(), "the seed's sections 二–四 print 14 percentages with two decimals");
        return percentages;
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path, "application/json");
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(report + path)).header("Accept", accept)
                .header("Authorization", "Bearer " + readerToken)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] getBytes(String path, String accept) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(report + path)).header("Accept", accept)
                .header("Authorization", "Bearer " + readerToken)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path + " → " + new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }
}
