package cn.gov.opendata.seeds.e2e;

import cn.gov.opendata.seeds.dataset.Dataset;
import cn.gov.opendata.seeds.dataset.ProvinceDataset;
import cn.gov.opendata.seeds.dataset.ProvinceSample;
import cn.gov.opendata.seeds.load.ApiLoader;
import cn.gov.opendata.seeds.load.ServiceUrls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20 §2: every figure's link leads to its records. For each format in the year it was in force (the 2008 format
 * on 2018, the trial format on 2020, the 2021 format on 2025) and three scopes — the city government alone (SELF),
 * the city (SUBTREE, 465 agencies) and a 10,000-agency province (SUBTREE, {@link ProvinceSample} under its own root,
 * so the city's reports the other tests read stay as they were) — it fetches the JSON report, follows every link of
 * every cell with a reader's token, and checks that what the link lists adds up to the cell: a source list's total
 * equals the figure (table 二's tallies, not itemised, link to the statistics answer: its agencies' tallies add up to
 * it); a contributions answer's values add up to the figure and each agency's own link lists exactly its value. Every
 * link answers 200, is at most 2,000 characters long and on a configured service address; the HTML and Markdown of
 * the same report link nothing else. Cells of 0 included. Every contribution link of the city is followed; of the province, every cell's
 * contributions are added up, but only a fixed sample of each cell's agencies is followed to its records (largest,
 * smallest and every n-th), which keeps the walk within minutes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FigureLinksWalkIT {

    private static final String CITY = "zk";
    private static final String PROVINCE = ProvinceDataset.ROOT;
    private static final List<Integer> PROVINCE_YEARS = List.of(2018, 2020, 2025);
    /** The formats, each in a year it was in force. */
    private static final Map<String, Integer> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("LEGACY_2008", 2018);
        FORMATS.put("NATIONAL_2019", 2020);
        FORMATS.put("NATIONAL_2021", 2025);
    }

    private static final Pattern HTML_LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\((https?://[^)\\s]+)\\)");
    /** What every browser and proxy passes (FigureLinks.MAX_URL_LENGTH). */
    private static final int MAX_URL = 2000;
    /** Agencies followed to their records per province cell, besides the largest and the smallest. */
    private static final int PROVINCE_SAMPLE = 8;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ReferenceSystem system;
    private static ServiceUrls urls;
    private static String readerToken;
    private static ExecutorService pool;
    private static final List<String> summary = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startSystemAndLoadTheProvince() throws Exception {
        system = ReferenceSystem.get();
        urls = system.urls();
        readerToken = system.token("reader");
        pool = Executors.newFixedThreadPool(3);
        long start = System.nanoTime();
        Dataset province = ProvinceSample.of(PROVINCE_YEARS);
        ApiLoader loader = new ApiLoader(urls, system.token("admin"));
        loader.importRecords(province, null, 0);
        loader.putTallies(province.tallies());
        summary.add(String.format(Locale.ROOT, "province %s loaded: %,d agencies, %,d items, %,d requests, %,d reconsiderations, "
                        + "%,d lawsuits, %,d complaints, %,d tally sheets in %.1f s", PROVINCE, province.agencies().size(),
                province.disclosures().size(), province.requests().size(), province.reconsiderations().size(),
                province.lawsuits().size(), province.complaints().size(), province.tallies().size(), seconds(start)));
        JsonNode subtree = getJson(urls.report() + "/api/v1/agencies/" + PROVINCE + "/subtree");
        assertEquals(ProvinceDataset.AGENCIES, subtree.get("items").size(), "the province's subtree");
    }

    @AfterAll
    static void printSummary() {
        if (pool != null) {
            pool.shutdownNow();
        }
        System.out.println("=== figure links walked\n" + String.join("\n", summary));
    }

    @Test
    @Order(1)
    void everyLinkOfTheCityGovernmentsOwnReportsListsItsFigure() throws Exception {
        for (Map.Entry<String, Integer> format : FORMATS.entrySet()) {
            walk(CITY, format.getValue(), format.getKey(), "SELF", Integer.MAX_VALUE);
        }
    }

    @Test
    @Order(1)
    void everyLinkOfTheOwnReportsOfTheCitysBusiestAgencyListsItsFigure() throws Exception {
        for (Map.Entry<String, Integer> format : FORMATS.entrySet()) {
            walk(busiestOfTheCity(format.getValue()), format.getValue(), format.getKey(), "SELF", Integer.MAX_VALUE);
        }
    }

    @Test
    @Order(2)
    void everyLinkOfTheCitysReportsLeadsThroughEveryAgencyToItsRecords() throws Exception {
        for (Map.Entry<String, Integer> format : FORMATS.entrySet()) {
            walk(CITY, format.getValue(), format.getKey(), "SUBTREE", Integer.MAX_VALUE);
        }
    }

    @Test
    @Order(3)
    void everyLinkOfATenThousandAgencyReportAddsUpAndASampleOfItsAgenciesLeadsToTheirRecords() throws Exception {
        for (Map.Entry<String, Integer> format : FORMATS.entrySet()) {
            walk(PROVINCE, format.getValue(), format.getKey(), "SUBTREE", PROVINCE_SAMPLE);
        }
    }

    /** The agency of the city, other than its government, that received the most requests in the year (by the export). */
    private static String busiestOfTheCity(int year) throws Exception {
        String busiest = null;
        long most = -1;
        for (JsonNode agency : getJson(urls.report() + "/api/v1/exports/" + year).path("agencies")) {
            String code = agency.path("code").asText();
            long received = 0;
            for (JsonNode count : agency.path("application").path("received").path("byChannel")) {
                received += count.asLong();
            }
            if (code.startsWith(CITY + "-") && (received > most || received == most && code.compareTo(busiest) < 0)) {
                busiest = code;
                most = received;
            }
        }
        assertTrue(most > 0, "an agency of the city received requests in " + year);
        return busiest;
    }

    /** One linked figure of a report: where it is and what it prints. */
    private record Figure(String where, String text, String link) {
    }

    /** Counters of one walk; the problems found, all of them, not just the first. */
    private static final class Walk {
        final AtomicInteger reportLinks = new AtomicInteger();
        final AtomicInteger contributionAnswers = new AtomicInteger();
        final AtomicInteger contributions = new AtomicInteger();
        final AtomicInteger agencyLinksFollowed = new AtomicInteger();
        final AtomicInteger listsCounted = new AtomicInteger();
        final AtomicInteger statisticsAnswers = new AtomicInteger();
        final AtomicInteger zeroCells = new AtomicInteger();
        final AtomicInteger longest = new AtomicInteger();
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        final Map<String, JsonNode> fetched = new ConcurrentHashMap<>();
    }

    private void walk(String agency, int year, String format, String scope, int sample) throws Exception {
        long start = System.nanoTime();
        String reportUrl = urls.report() + "/api/v1/reports/" + agency + "/" + year + "?format=" + format + "&scope=" + scope;
        JsonNode report = getJson(reportUrl);
        double reportSeconds = seconds(start);
        List<Figure> figures = figures(report);
        assertEquals(countLinks(report), figures.size() + report.path("sources").size(),
                "every link of the report is a cell's or a source's: " + reportUrl);
        assertTrue(figures.size() > 20, "the report links its figures: " + figures.size());

        Walk walk = new Walk();
        List<Future<?>> tasks = new ArrayList<>();
        for (Figure figure : figures) {
            tasks.add(pool.submit(() -> {
                try {
                    follow(walk, figure, sample);
                } catch (Exception | AssertionError e) {
                    walk.problems.add(figure.where() + " " + figure.link() + ": " + e);
                }
            }));
        }
        for (JsonNode source : report.path("sources")) {
            String url = source.path("url").asText();
            tasks.add(pool.submit(() -> {
                try {
                    checkAddress(walk, "source " + source.path("name").asText(), url);
                    fetch(walk, url);
                } catch (Exception | AssertionError e) {
                    walk.problems.add("source " + url + ": " + e);
                }
            }));
        }
        for (Future<?> task : tasks) {
            task.get();
        }
        int documentLinks = checkDocumentLinks(walk, agency, year, format, scope, figures, report);
        String line = String.format(Locale.ROOT, "%s %d %s %s: report %.1f s; %d report links (%d cells of 0), %d contribution answers "
                        + "adding up %d agency values, %d agency links followed%s, %d record lists counted, %d statistics answers, "
                        + "%d distinct URLs, longest link %d chars; HTML and Markdown: %d links, all of them walked; walk %.1f s",
                agency, year, format, scope, reportSeconds,
                walk.reportLinks.get(), walk.zeroCells.get(), walk.contributionAnswers.get(), walk.contributions.get(),
                walk.agencyLinksFollowed.get(), sample == Integer.MAX_VALUE ? " (all)" : " (sample)", walk.listsCounted.get(),
                walk.statisticsAnswers.get(), walk.fetched.size(), walk.longest.get(), documentLinks, seconds(start));
        summary.add(line);
        System.out.println(line);
        assertEquals(List.of(), walk.problems, walk.problems.size() + " problems in " + reportUrl);
    }

    /**
     * The HTML and Markdown of the same report link exactly what the JSON links, so the walk covers them too (the
     * city's legacy HTML once was 98 % URLs that answered 414).
     */
    private int checkDocumentLinks(Walk walk, String agency, int year, String format, String scope, List<Figure> figures,
                                   JsonNode report) throws Exception {
        Set<String> walked = new HashSet<>();
        figures.forEach(figure -> walked.add(figure.link()));
        report.path("sources").forEach(source -> walked.add(source.path("url").asText()));
        int count = 0;
        for (String type : List.of("html", "md")) {
            String url = urls.report() + "/api/v1/reports/" + agency + "/" + year + "." + type + "?format=" + format + "&scope=" + scope;
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*")
                            .header("Authorization", "Bearer " + readerToken).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), url + " → " + abbreviate(response.body()));
            Matcher links = (type.equals("html") ? HTML_LINK : MARKDOWN_LINK).matcher(response.body());
            Set<String> found = new HashSet<>();
            while (links.find()) {
                String raw = links.group(1);
                String link = type.equals("html") ? raw.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                        : raw.replace("%20", " ").replace("%28", "(").replace("%29", ")");
                count++;
                found.add(link);
                checkAddress(walk, type + " of " + url, link);
                if (!walked.contains(link) && !walked.contains(raw)) {
                    walk.problems.add(type + " links what the JSON report does not: " + link);
                }
            }
            if (found.isEmpty()) {
                walk.problems.add(type + " of " + url + " links no figure");
            }
        }
        return count;
    }

    /** A cell's link: a source list (its total is the figure) or the contributions (they add up to it, each to its records). */
    private void follow(Walk walk, Figure figure, int sample) throws Exception {
        walk.reportLinks.incrementAndGet();
        checkAddress(walk, figure.where(), figure.link());
        BigDecimal value = number(figure.text());
        if (value != null && value.signum() == 0) {
            walk.zeroCells.incrementAndGet();
        }
        if (!figure.link().contains("/contributions")) {
            checkList(walk, figure.where(), figure.where(), figure.link(), value);
            return;
        }
        JsonNode split = fetch(walk, figure.link());
        walk.contributionAnswers.incrementAndGet();
        BigDecimal sum = BigDecimal.ZERO;
        JsonNode contributions = split.path("contributions");
        for (JsonNode contribution : contributions) {
            sum = sum.add(contribution.get("value").decimalValue());
            walk.contributions.incrementAndGet();
        }
        if (value != null) {
            assertEquals(0, value.compareTo(split.get("total").decimalValue()), figure.where() + ": cell " + value
                    + ", contributions' total " + split.get("total"));
            assertEquals(0, value.compareTo(sum), figure.where() + ": cell " + value + ", contributions add up to " + sum);
        }
        int n = contributions.size();
        int step = sample == Integer.MAX_VALUE ? 1 : Math.max(1, n / sample);
        for (int i = 0; i < n; i++) {
            if (i % step != 0 && i != n - 1) {
                continue;
            }
            JsonNode contribution = contributions.get(i);
            String where = figure.where() + " / " + contribution.get("agency").asText();
            String link = contribution.path("link").asText(null);
            assertTrue(link != null, where + " has no link");
            checkAddress(walk, where, link);
            walk.agencyLinksFollowed.incrementAndGet();
            checkList(walk, where, figure.where(), link, contribution.get("value").decimalValue());
            assertEquals(List.of(contribution.get("agency").asText()), parameters(link).get("agency"),
                    where + ": an agency's link lists that agency's records only");
        }
    }

    /**
     * A source list: its total is {@code expected}. Table 二's tallies are entered per agency and year, not itemised:
     * their link is the statistics answer of the link's agencies, whose tallies of the cell add up to {@code expected}.
     */
    private void checkList(Walk walk, String where, String cell, String link, BigDecimal expected) throws Exception {
        if (URI.create(link).getPath().startsWith("/api/v1/statistics/")) {
            JsonNode answer = fetch(walk, link);
            walk.statisticsAnswers.incrementAndGet();
            List<String> asked = parameters(link).getOrDefault("agency", List.of());
            Set<String> answered = new HashSet<>();
            answer.path("agencies").fieldNames().forEachRemaining(answered::add);
            assertTrue(asked.containsAll(answered), where + ": the statistics answer holds agencies the link did not ask for: " + answered);
            String[] codes = cell.split("/");
            if (expected != null && codes[0].equals("TABLE_2")) {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode figures : answer.path("agencies")) {
                    sum = sum.add(tallied(figures, codes[1], codes[2]));
                }
                assertEquals(0, expected.compareTo(sum), where + ": the figure is " + expected + ", the tallies of " + link
                        + " add up to " + sum);
            }
            return;
        }
        JsonNode page = fetch(walk, link + (link.contains("?") ? "&" : "?") + "size=1");
        walk.listsCounted.incrementAndGet();
        assertTrue(page.has("total"), where + ": no total in " + page);
        if (expected != null) {
            assertEquals(0, expected.compareTo(page.get("total").decimalValue()),
                    where + ": the figure is " + expected + ", the list holds " + page.get("total") + " records: " + link);
        }
    }

    /** One agency's figure of a tally cell of table 二, from its statistics (the row is the decisions' tally kind). */
    private static BigDecimal tallied(JsonNode figures, String row, String column) {
        JsonNode tallies = figures.path("tallies");
        String catalogue = row.equals("FEES_COLLECTED_10K_YUAN") ? "FEE_ITEMS" : row.replace("_DECISIONS", "_ITEMS");
        BigDecimal before = decimal(figures.path("cataloguesBefore").path(catalogue));
        return switch (column) {
            case "DECISIONS", "AMOUNT" -> decimal(tallies.path(row));
            case "ITEMS_BEFORE" -> before;
            case "ITEMS_CHANGE" -> decimal(tallies.path(catalogue)).subtract(before);
            case "PROJECTS" -> decimal(tallies.path("PROCUREMENT_PROJECTS"));
            case "PROCUREMENT_AMOUNT" -> decimal(tallies.path("PROCUREMENT_AMOUNT_10K_YUAN"));
            default -> throw new AssertionError("a statistics link for table 二's " + row + "/" + column);
        };
    }

    /** A figure of the statistics answer, 0 where the agency has none. */
    private static BigDecimal decimal(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : value.isTextual() ? new BigDecimal(value.asText()) : BigDecimal.ZERO;
    }

    /** No 414 to come, and the configured address of a service, never another host. */
    private static void checkAddress(Walk walk, String where, String link) {
        walk.longest.accumulateAndGet(link.length(), Math::max);
        assertTrue(link.length() <= MAX_URL, where + ": a link of " + link.length() + " characters");
        boolean configured = List.of(urls.report(), urls.disclosure(), urls.application(), urls.appeals()).stream()
                .anyMatch(base -> link.startsWith(base + "/"));
        assertTrue(configured, where + ": not the configured address of a service: " + link);
    }

    private static JsonNode fetch(Walk walk, String url) throws Exception {
        JsonNode cached = walk.fetched.get(url);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = getJson(url);
        walk.fetched.put(url, answer);
        return answer;
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                        .header("Authorization", "Bearer " + readerToken).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), url + " → " + abbreviate(response.body()));
        return JSON.readTree(response.body());
    }

    /** Every cell with a link, named by table, row and column. */
    private static List<Figure> figures(JsonNode report) {
        List<Figure> figures = new ArrayList<>();
        for (JsonNode table : report.path("tables")) {
            for (JsonNode row : table.path("rows")) {
                for (JsonNode cell : row.path("cells")) {
                    if (cell.hasNonNull("link")) {
                        figures.add(new Figure(table.path("code").asText() + "/" + row.path("code").asText() + "/"
                                + cell.path("column").asText(), cell.path("text").asText(), cell.get("link").asText()));
                    }
                }
            }
        }
        return figures;
    }

    /** Links anywhere in the report (fields named link or url), to be sure the walk misses none. */
    private static int countLinks(JsonNode node) {
        int count = 0;
        if (node.isObject()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                if ((field.getKey().equals("link") || field.getKey().equals("url")) && field.getValue().isTextual()) {
                    count++;
                } else {
                    count += countLinks(field.getValue());
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                count += countLinks(element);
            }
        }
        return count;
    }

    private static Map<String, List<String>> parameters(String link) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = URI.create(link).getRawQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** The printed figure as a number, or null for "/" (not applicable) and other text. */
    private static BigDecimal number(String text) {
        return text != null && text.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(text) : null;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
