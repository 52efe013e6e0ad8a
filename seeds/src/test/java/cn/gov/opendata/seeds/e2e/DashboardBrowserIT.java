package cn.gov.opendata.seeds.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.gov.opendata.seeds.dataset.Records;
import cn.gov.opendata.seeds.load.ApiLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard page of the report-service in a real headless Chromium (Debian's chromium and chromedriver, never a
 * downloaded browser), against the running reference system: the charts hold the reference figures, changing the year
 * redraws them from that year's export, the agency table lists the city's subtree, and screenshots of the page at
 * 1366×768 are written to target/ as test artifacts.
 */
class DashboardBrowserIT {

    private static final String CITY = "zk";
    private static final List<String> ITEM_CHANNELS = List.of("GAZETTE", "WEBSITE", "WEIBO", "WECHAT", "OTHER");
    private static final List<String> REQUEST_CHANNELS = List.of("ONLINE", "LETTER", "IN_PERSON", "FAX");
    private static final List<String> APPLICANTS = List.of(
            "NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "SOCIAL_WELFARE", "LEGAL_SERVICE", "OTHER");
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(90);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ReferenceSystem system;
    private static String report;
    /** The dashboard's user: a reader may see every agency's reports and exports (docs/SECURITY.md). */
    private static String readerToken;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static Set<String> citySubtree;

    @BeforeAll
    static void startSystemAndBrowser() throws Exception {
        system = ReferenceSystem.get();
        report = system.reportUrl();
        readerToken = system.token("reader");
        // Another class may just have stopped and restarted a source; wait until the city's report answers again.
        awaitOk("/api/v1/reports/zk/2018?format=LEGACY_2008&scope=SUBTREE");
        awaitOk("/api/v1/exports/2018");
        citySubtree = new LinkedHashSet<>();
        getJson("/api/v1/agencies/" + CITY + "/subtree").get("items").forEach(a -> citySubtree.add(a.get("code").asText()));
        chromium = HeadlessChromium.start("dashboard", new Dimension(1366, 768), Map.of());
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), severe, "browser console errors");
    }

    @Test
    void cityIn2018ShowsTheFiguresOfTheReferenceReport() throws Exception {
        open(2018, CITY, "SUBTREE");

        assertEquals(List.of(305L, 56288L, 2054L, 2354L, 28275L), chartValues("chart-channels", 0));
        assertEquals(List.of(148L, 67L, 42L, 1L), chartValues("chart-request-channels", 0));
        // the seed report's 其他情形 is other + not yet decided (DOMAIN.md §4)
        List<Long> reconsiderations = chartValues("chart-appeals", 0);
        assertEquals(List.of(53L, 9L, 36L), List.of(reconsiderations.get(0), reconsiderations.get(1),
                reconsiderations.get(2) + reconsiderations.get(3)), "reconsiderations upheld, corrected, other");
        assertEquals("83,836", kpiValue("items"));
        assertEquals("258", kpiValue("received"));
        assertEquals("98", kpiValue("reconsiderations"));
        assertEquals("86", kpiValue("lawsuits"));
        assertEquals("647", kpiValue("complaints"));
        JsonNode export = getJson("/api/v1/exports/2018");
        assertEquals(sums(export, APPLICANTS, "application", "received", "byApplicant"), chartValues("chart-applicants", 0));
        assertTrue(kpiPrevious("items").contains("上年"), "last year's value is shown");
        // under each chart, its figures as a table: the same numbers for a screen reader or a printed page
        for (String chart : List.of("chart-channels", "chart-request-channels", "chart-applicants")) {
            assertEquals(chartValues(chart, 0), tableColumn(chart, 1), "table of " + chart);
        }
        assertEquals(List.of(305L, 56288L, 2054L, 2354L, 28275L), tableColumn("chart-channels", 1));
        // the appeals table lists the reconsiderations' four results first, then the two kinds of lawsuit
        assertEquals(chartValues("chart-appeals", 0), tableColumn("chart-appeals", 1).subList(0, 4));

        screenshot("dashboard-2018");
    }

    @Test
    void changingTheYearRedrawsTheChartsFromThatYearsExport() throws Exception {
        open(2018, CITY, "SUBTREE");
        List<Long> channels2018 = chartValues("chart-channels", 0);
        List<Long> requests2018 = chartValues("chart-request-channels", 0);

        new Select(browser.findElement(By.id("year"))).selectByValue("2025");
        awaitRendered(2025, CITY, "SUBTREE");

        JsonNode export = getJson("/api/v1/exports/2025");
        List<Long> channels = chartValues("chart-channels", 0);
        List<Long> requests = chartValues("chart-request-channels", 0);
        assertNotEquals(channels2018, channels);
        assertNotEquals(requests2018, requests);
        assertEquals(sums(export, ITEM_CHANNELS, "disclosure", "channels"), channels);
        assertEquals(sums(export, REQUEST_CHANNELS, "application", "received", "byChannel"), requests);
        assertEquals(sums(export, APPLICANTS, "application", "received", "byApplicant"), chartValues("chart-applicants", 0));
        assertEquals(String.format(Locale.ROOT, "%,d", sum(export, "disclosure", "items")), kpiValue("items"));
        assertTrue(browser.getCurrentUrl().contains("year=2025"), "the choice is kept in the address: " + browser.getCurrentUrl());

        Map<Integer, Long> histogram = histogram(export);
        assertTrue(!histogram.isEmpty(), "2025 has answered requests");
        assertEquals(median(histogram), Double.parseDouble(
                browser.findElement(By.id("chart-processing")).getDomAttribute("data-median")), "median of the merged histogram");
        assertEquals(histogram.values().stream().mapToLong(Long::longValue).sum(),
                chartValues("chart-processing", 0).stream().mapToLong(Long::longValue).sum());

        screenshot("dashboard-2025");
    }

    @Test
    void agencyTableListsTheSubtreeAndSortsByTheClickedColumn() throws Exception {
        open(2025, CITY, "SUBTREE");
        List<WebElement> rows = browser.findElements(By.cssSelector("#agency-table tbody tr"));
        Set<String> listed = rows.stream().map(r -> r.getDomAttribute("data-code")).collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(citySubtree, listed, "one row per agency of the subtree");

        JsonNode export = getJson("/api/v1/exports/2025");
        Set<String> entered = new HashSet<>();
        export.get("agencies").forEach(a -> {
            if (a.path("disclosure").path("items").asLong() > 0) {
                entered.add(a.get("code").asText());
            }
        });
        for (WebElement row : rows) {
            if (entered.contains(row.getDomAttribute("data-code"))) {
                assertEquals("是", row.findElement(By.cssSelector("td.entered")).getText(), row.getDomAttribute("data-code"));
            }
        }

        browser.findElement(By.cssSelector("#agency-table th[data-key=items] button")).click();
        List<Long> descending = itemsColumn();
        List<Long> sorted = new ArrayList<>(descending);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, descending, "first click sorts the largest first");
        assertEquals("descending", browser.findElement(By.cssSelector("#agency-table th[data-key=items]")).getDomAttribute("aria-sort"));

        browser.findElement(By.cssSelector("#agency-table th[data-key=items] button")).click();
        List<Long> ascending = itemsColumn();
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, ascending, "second click reverses");
    }

    @Test
    void trendDrawsYearsWithoutRecordsAsGaps() throws Exception {
        open(2018, CITY, "SUBTREE");
        awaitTrend();
        List<Long> years = chartCategories("chart-trend");
        List<Long> items = chartValues("chart-trend", 0);
        List<Long> received = chartValues("chart-trend", 1);
        long now = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        assertEquals(now, years.get(years.size() - 1), "the trend runs to this year");
        assertEquals(83836L, items.get(years.indexOf(2018L)));
        for (int i = 0; i < years.size(); i++) {
            JsonNode export = getJson("/api/v1/exports/" + years.get(i));
            long recorded = sum(export, "disclosure", "items") + sum(export, "appeals", "complaints");
            for (String channel : REQUEST_CHANNELS) {
                recorded += sum(export, "application", "received", "byChannel", channel);
            }
            if (items.get(i) == null) {
                assertEquals(0L, recorded, years.get(i) + " is a gap only without records");
                assertEquals(null, received.get(i), "no line point in a gap year " + years.get(i));
                assertEquals(0L, sum(export, "disclosure", "items"), years.get(i) + " is a gap only without records");
            } else {
                assertEquals(sum(export, "disclosure", "items"), items.get(i), "items of " + years.get(i));
                assertTrue(recorded > 0, years.get(i) + " has records");
            }
        }
        // The reference data covers every year from 2017 to 2025 (ZhoukouHistory): each of them is drawn. Whether a
        // later year is drawn depends on what other end-to-end tests registered today; the loop above holds either way.
        for (int i = 0; i < years.size(); i++) {
            long year = years.get(i);
            if (year >= 2017 && year <= 2025) {
                assertTrue(items.get(i) != null && items.get(i) > 0 && received.get(i) != null && received.get(i) > 0,
                        year + " has records and is drawn: " + items + " " + received);
            }
        }
        // the trend's table: a row per year, the gap years saying 无数据 instead of a zero
        List<String> rows = tableTexts("chart-trend");
        assertEquals(years.size(), rows.size(), rows.toString());
        for (int i = 0; i < years.size(); i++) {
            String row = rows.get(i);
            assertTrue(row.startsWith(years.get(i) + "|"), row);
            assertEquals(items.get(i) == null, row.contains("无数据"), row);
        }
        assertEquals(83836L, tableColumn("chart-trend", 1).get(years.indexOf(2018L)));
    }

    @Test
    void anAgencyWithRecordsInSomeYearsOnlyShowsEveryOtherYearAsAGapNeverAZero() throws Exception {
        // An agency of its own, outside the city, that no other test writes to: records in 2021 and 2023 only, so
        // the years between and after them (this one included) must be gaps in every series, whatever else ran.
        String agency = agencyOfItsOwn("e2e-gaps-", "趋势缺口测试局",
                List.of("2021-03-01", "2021-03-02", "2021-03-03", "2023-06-01", "2023-06-02"));

        open(2023, agency, "SELF");
        awaitTrend();
        List<Long> years = chartCategories("chart-trend");
        long now = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        assertEquals(now, years.get(years.size() - 1), "the trend runs to this year");
        for (int i = 0; i < years.size(); i++) {
            long year = years.get(i);
            Long expected = year == 2021 ? Long.valueOf(3) : year == 2023 ? Long.valueOf(2) : null;
            assertEquals(expected, chartValues("chart-trend", 0).get(i), "items of " + year);
            for (int series = 1; series < 5; series++) {
                Long value = chartValues("chart-trend", series).get(i);
                if (expected == null) {
                    assertEquals(null, value, year + " is a gap in series " + series);
                } else {
                    assertEquals(Long.valueOf(0), value, year + " has records: its other series are true zeros");
                }
            }
        }
        String gapYears = browser.findElement(By.id("chart-trend")).getDomAttribute("data-gaps");
        assertTrue(gapYears.contains("2022") && gapYears.contains(String.valueOf(now)) && !gapYears.contains("2021")
                && !gapYears.contains("2023"), gapYears);
        assertTrue(browser.findElement(By.id("chart-trend")).getDomAttribute("aria-label").contains("无数据"),
                "the text alternative names the gap");
        List<String> rows = tableTexts("chart-trend");
        assertEquals(years.size(), rows.size(), rows.toString());
        for (int i = 0; i < years.size(); i++) {
            boolean recorded = years.get(i) == 2021 || years.get(i) == 2023;
            assertEquals(!recorded, rows.get(i).contains("无数据"), rows.get(i));
        }
    }

    /**
     * A test's own agency, a root outside the city that no other test writes to, with one published item on each of
     * {@code days}; created through the public imports (the loader fails on any answer other than 2xx).
     */
    private static String agencyOfItsOwn(String prefix, String name, List<String> days) throws Exception {
        String agency = system.agencyOfItsOwn(prefix, name);
        new ApiLoader(system.urls(), system.token("admin")).importLines("disclosures", system.urls().disclosure() + "/api/v1/disclosures/import",
                days.stream().map(day -> item(agency, day)).toList());
        return agency;
    }

    private static Records.Disclosure item(String agency, String day) {
        return new Records.Disclosure(agency, agency + "/" + day, "趋势缺口测试通知（" + day + "）", null, "NOTICE",
                day + "T09:30:00+08:00", List.of("WEBSITE"), null, null, null);
    }

    @Test
    void previousYearComparisonsOnlyAgainstAYearWithRecords() throws Exception {
        // 2010: years before the platform was used, with no records in the year or the year before
        open(2010, CITY, "SUBTREE");
        assertEquals("无上年数据", kpiPrevious("items"));
        assertEquals("true", browser.findElement(By.id("chart-channels")).getDomAttribute("data-empty"),
                "a year without records says so instead of drawing zero bars");
        assertTrue(browser.findElement(By.id("chart-channels")).getDomAttribute("aria-label").contains("本年度无数据"));
    }

    /**
     * An agency that came to the platform in 2023: its 2022 published figures, entered as that year's baseline, are
     * drawn in the trend marked as published, the table says so, and 2023's comparisons are against them. The agency
     * is this test's own (outside the city), so no other test sees the baseline, whatever order they run in.
     */
    @Test
    void aPublishedBaselineIsDrawnMarkedAndComparedAgainst() throws Exception {
        String agency = agencyOfItsOwn("e2e-base-", "基线测试局", List.of("2023-05-08", "2023-05-09"));
        String baseline = "/api/v1/baselines/" + agency + "/2022?scope=SELF";
        // a consistent set of published tables 三 and 四: those of the city's 2022 report, as an office would type them in
        JsonNode published = getJson("/api/v1/reports/" + CITY + "/2022?format=NATIONAL_2021&scope=SUBTREE");
        Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
        for (JsonNode table : published.get("tables")) {
            String code = table.get("code").asText();
            if (!code.equals("TABLE_3") && !code.equals("TABLE_4")) {
                continue;
            }
            for (JsonNode row : table.get("rows")) {
                for (JsonNode cell : row.get("cells")) {
                    String text = cell.get("text").asText();
                    if (text.equals("/") || text.matches("-?[0-9.]+")) {
                        tables.computeIfAbsent(code, c -> new TreeMap<>()).computeIfAbsent(row.get("code").asText(), r -> new TreeMap<>())
                                .put(cell.get("column").asText(), text);
                    }
                }
            }
        }
        long received = Long.parseLong(tables.get("TABLE_3").get("RECEIVED").get("TOTAL"));
        assertTrue(received > 0, "the published figures have requests to compare against: " + received);
        String body = JSON.writeValueAsString(Map.of("format", "NATIONAL_2021", "tables", tables));
        assertEquals(403, send("PUT", baseline, readerToken, body).statusCode(), "a reader may not enter published figures");
        HttpResponse<String> put = send("PUT", baseline, system.token("admin"), body);
        assertEquals(201, put.statusCode(), put.body());
        assertEquals(received, getJson(baseline).at("/tables/TABLE_3/RECEIVED/TOTAL").asLong(), "a reader reads the baseline");

        open(2023, agency, "SELF");
        awaitTrend();
        List<Long> years = chartCategories("chart-trend");
        assertEquals(2022L, years.get(0), "the trend starts at the first year with figures, the published one: " + years);
        assertEquals(received, chartValues("chart-trend", 1).get(0), "received as published");
        assertEquals(null, chartValues("chart-trend", 0).get(0), "the published tables count no items: no bar, not a zero");
        assertEquals(2L, chartValues("chart-trend", 0).get(1), "2023 from its records");
        assertEquals("diamond", browser.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-trend'))"
                + ".getOption().series[1].data[0].symbol"), "the published point is marked");
        assertTrue(String.valueOf(browser.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-trend'))"
                + ".getOption().xAxis[0].data[0]")).contains("已公布"));
        WebElement trend = browser.findElement(By.id("chart-trend"));
        assertEquals("[2022]", trend.getDomAttribute("data-published"));
        assertTrue(!trend.getDomAttribute("data-gaps").contains("2022"), "a published year is no gap");
        assertTrue(trend.getDomAttribute("aria-label").contains("2022年 （已公布数字（基线））"), trend.getDomAttribute("aria-label"));
        assertTrue(browser.findElement(By.id("trend-note")).getText().contains("已公布数字（基线）"));
        List<String> rows = tableTexts("chart-trend");
        assertEquals("2022|未公布|" + String.format(Locale.ROOT, "%,d", received), nthBar(rows.get(0), 3), rows.get(0));
        assertTrue(rows.get(0).endsWith("|已公布数字（基线）"), rows.get(0));
        assertTrue(rows.get(1).startsWith("2023|2|") && rows.get(1).endsWith("|由记录计算"), rows.get(1));
        assertTrue(rows.get(2).contains("无数据"), "2024 has neither: " + rows.get(2));
        // last year's values: the published ones, said so; a figure the published tables do not print has none
        assertTrue(kpiPrevious("received").startsWith("上年（已公布） " + String.format(Locale.ROOT, "%,d", received)),
                kpiPrevious("received"));
        assertTrue(kpiPrevious("items").startsWith("无上年数据"), kpiPrevious("items"));
        screenshot("dashboard-baseline");
    }

    /** The row up to (not including) its n-th "|". */
    private static String nthBar(String row, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = row.indexOf('|', at + 1);
        }
        return at < 0 ? row : row.substring(0, at);
    }

    @Test
    void afterSignInTheDashboardOpensOnTheUsersOwnAgency() {
        browser.get(report + "/dashboard.css");
        browser.executeScript("sessionStorage.setItem('opendata.token', arguments[0])", system.token("reader", "zk-fugou"));
        browser.get(report + "/");
        new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> {
            String rendered = d.findElement(By.tagName("body")).getDomAttribute("data-rendered");
            return rendered != null && rendered.contains("|zk-fugou|");
        });
        assertEquals("zk-fugou", new Select(browser.findElement(By.id("agency"))).getFirstSelectedOption().getDomAttribute("value"));

        // the picker's search finds an agency among hundreds by part of its name
        WebElement search = browser.findElement(By.id("agency-search"));
        search.sendKeys("西华县");
        search.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.executeScript("arguments[0].dispatchEvent(new Event('change'))", search);
        new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> String.valueOf(d.findElement(By.tagName("body"))
                .getDomAttribute("data-rendered")).contains("|zk-xihua|"));
    }

    @Test
    void onAPhoneThePageHasNoHorizontalScroll() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open(2018, CITY, "SUBTREE");
            awaitTrend();
            Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
            Number width = (Number) browser.executeScript("return document.documentElement.clientWidth");
            Object wide = browser.executeScript("var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + " if ((r.right > w + 0.5 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')"
                    + " && out.length < 8) out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right) + '/' + e.scrollWidth); });"
                    + "return out.join('; ');");
            assertTrue(scroll.longValue() <= width.longValue(), "page " + scroll + " px wide in a " + width
                    + " px window; past the edge or overflowing their box: " + wide);
            screenshot("dashboard-2018-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    void selfScopeCountsTheCityGovernmentAlone() throws Exception {
        open(2018, CITY, "SELF");
        JsonNode export = getJson("/api/v1/exports/2018");
        JsonNode city = null;
        for (JsonNode a : export.get("agencies")) {
            if (CITY.equals(a.get("code").asText())) {
                city = a;
            }
        }
        List<Long> expected = new ArrayList<>();
        for (String channel : ITEM_CHANNELS) {
            expected.add(city.path("disclosure").path("channels").path(channel).asLong());
        }
        assertEquals(expected, chartValues("chart-channels", 0));
        assertNotEquals(List.of(305L, 56288L, 2054L, 2354L, 28275L), expected, "the city alone is not the whole city");
    }

    @Test
    void linksLeadToTheReportDocumentsAndThePublishedRevision() throws Exception {
        HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(URI.create(report
                        + "/api/v1/reports/zk/2025/publish?format=NATIONAL_2021&scope=SUBTREE&publishedBy=dashboard-test"))
                .header("Authorization", "Bearer " + system.token("admin"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(published.statusCode() == 201 || published.statusCode() == 200, published.body());

        open(2025, CITY, "SUBTREE");
        Map<String, String> documents = new TreeMap<>();
        browser.findElements(By.cssSelector("#report-links a.doc-link"))
                .forEach(a -> documents.put(a.getDomAttribute("data-type"), a.getDomProperty("href")));
        assertEquals(Set.of("html", "pdf", "docx", "xlsx", "md", "csv"), documents.keySet());
        assertTrue(documents.values().stream().noneMatch(h -> h.startsWith("blob:")), documents.toString());
        assertTrue(documents.get("pdf").contains("/api/v1/reports/zk/2025.pdf?format=NATIONAL_2021&scope=SUBTREE"),
                documents.get("pdf"));
        assertTrue(documents.get("html").contains("/api/v1/reports/zk/2025.html?format=NATIONAL_2021&scope=SUBTREE"),
                documents.get("html"));
        Map<String, String> revision = new TreeMap<>();
        browser.findElements(By.cssSelector("#published a.doc-link"))
                .forEach(a -> revision.put(a.getDomAttribute("data-type"), a.getDomProperty("href")));
        assertTrue(revision.keySet().containsAll(Set.of("html", "pdf", "docx", "xlsx", "markdown")), revision.toString());

        for (String href : Stream.concat(documents.values().stream(), revision.values().stream()).toList()) {
            HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(href))
                    .header("Authorization", "Bearer " + readerToken).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), href);
            assertTrue(answer.body().length > 0, href);
            String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
            if (href.contains("/reports/")) {
                // 周口市人民政府2025年政府信息公开工作年度报告, as the office names the file
                assertTrue(disposition.contains("filename*=UTF-8''%E5%91%A8%E5%8F%A3%E5%B8%82"), href + " " + disposition);
            }
        }
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(documents.get("pdf")))
                .header("Authorization", "Bearer " + readerToken).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    /** The 2018 city report in every format, its sizes written to target/document-sizes.txt for BENCHMARKS and notes. */
    @Test
    void everyDocumentOfTheCityReportIsServedAndItsSizeRecorded() throws Exception {
        StringBuilder sizes = new StringBuilder();
        for (String format : List.of("NATIONAL_2021", "LEGACY_2008")) {
            for (String ext : List.of("json", "html", "md", "pdf", "docx", "xlsx")) {
                HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(report
                                + "/api/v1/reports/zk/2018." + ext + "?format=" + format + "&scope=SUBTREE"))
                        .header("Authorization", "Bearer " + readerToken).timeout(Duration.ofSeconds(180)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, answer.statusCode(), format + " " + ext);
                sizes.append("2018 SUBTREE ").append(format).append(" .").append(ext).append(' ')
                        .append(answer.body().length).append(" bytes\n");
            }
        }
        Files.writeString(Path.of("target", "document-sizes.txt"), sizes);
        System.out.print(sizes);
    }

    @Test
    void theSessionsTokenIsSentAsBearerOnEveryRequestAndA401AsksToSignInAgain() throws Exception {
        open(2018, CITY, "SUBTREE");
        awaitTrend();
        assertTrue(browser.findElement(By.id("signin-user")).getText().contains("e2e-reader"), "who is signed in is shown");
        assertTrue(browser.findElements(By.cssSelector("input[type=password], input[name=token]")).isEmpty(), "no page asks for a token");
        // Record what the page sends instead of sending it: the access rules of the API are not this test's subject.
        browser.executeScript("window.sent = [];"
                + "window.fetch = function (url, init) {"
                + "  var auth = init && init.headers ? init.headers['Authorization'] : undefined;"
                + "  window.sent.push(url + ' ' + auth);"
                + "  var unauthorized = window.answer401;"
                + "  return Promise.resolve(new Response(unauthorized"
                + "      ? JSON.stringify({status: 401, title: 'Unauthorized', detail: 'a token is required'})"
                + "      : JSON.stringify({items: [], page: 0, size: 500, total: 0}),"
                + "    {status: unauthorized ? 401 : 200, headers: {'Content-Type': 'application/json'}}));"
                + "};");
        browser.findElement(By.id("refresh")).click();
        // a refresh reloads the year's figures (not the directory): wait for its requests rather than for a rendering
        new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> ((Number) browser.executeScript("return window.sent.length")).intValue() > 0);
        @SuppressWarnings("unchecked")
        List<String> sent = (List<String>) browser.executeScript("return window.sent");
        assertTrue(!sent.isEmpty() && sent.stream().allMatch(s -> s.endsWith(" Bearer " + readerToken)), sent.toString());

        // the session ended (an expired token): the page drops it and offers to sign in again, without an error page
        browser.executeScript("window.answer401 = true");
        browser.findElement(By.id("refresh")).click();
        new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> !d.findElements(By.id("signin")).isEmpty() && d.findElement(By.id("signin")).isDisplayed());
        assertTrue(browser.findElement(By.id("signin-message")).getText().contains("登录"));
        assertEquals(null, browser.executeScript("return sessionStorage.getItem('opendata.token')"));
    }

    @Test
    void printingHidesTheControlsAndFitsTheChartsOnA4() throws Exception {
        open(2018, CITY, "SUBTREE");
        awaitTrend();
        assertEquals(7L, browser.executeScript("return document.querySelectorAll('details.chart-data:not([open]) table').length"),
                "on screen the tables are folded");
        PrintOptions options = new PrintOptions();
        options.setPageSize(PageSize.ISO_A4);
        options.setBackground(true);
        Pdf pdf = browser.print(options);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(Path.of("target", "dashboard-2018.pdf"), bytes);
        assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", browser.executeScript(
                    "return getComputedStyle(document.getElementById('controls')).display"));
            assertEquals(7L, browser.executeScript("return document.querySelectorAll('details.chart-data table').length"));
            assertEquals(0L, browser.executeScript("return Array.from(document.querySelectorAll('details.chart-data table'))"
                    + ".filter(function (t) { return !t.checkVisibility() || t.getBoundingClientRect().height === 0; }).length"),
                    "every chart's table is printed");
            // 186 mm, the printable width of A4 with 12 mm margins, is about 703 CSS pixels.
            browser.executeScript("document.body.style.width = '703px'");
            Object widest = browser.executeScript(
                    "return Math.max.apply(null, Array.from(document.querySelectorAll('.chart svg'))"
                            + ".map(function (s) { return s.getBoundingClientRect().right; }))");
            assertTrue(((Number) widest).doubleValue() <= 703.5, "charts stay within the page: " + widest);
        } finally {
            browser.executeScript("document.body.style.width = ''");
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void open(int year, String agency, String scope) {
        // Signed in as a reader, as opendata-signin.js keeps it: the token in the tab's session storage. A static file
        // of the same origin first, so the dashboard itself is loaded afresh and never runs without the token.
        browser.get(report + "/dashboard.css");
        browser.executeScript("sessionStorage.setItem('opendata.token', arguments[0])", readerToken);
        browser.get(report + "/#year=" + year + "&agency=" + agency + "&scope=" + scope);
        awaitRendered(year, agency, scope);
    }

    private static void awaitRendered(int year, String agency, String scope) {
        String expected = year + "|" + agency + "|" + scope;
        new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> {
            String rendered = d.findElement(By.tagName("body")).getDomAttribute("data-rendered");
            if ("error".equals(rendered)) {
                throw new AssertionError("the page reports: " + d.findElement(By.id("status")).getText());
            }
            return expected.equals(rendered);
        });
    }

    /** The trend is drawn after the year's figures, once every year's export has answered. */
    private static void awaitTrend() {
        new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-trend") != null);
    }

    /** A series' values; null where the chart draws nothing (a gap). */
    @SuppressWarnings("unchecked")
    private static List<Long> chartValues(String id, int series) {
        List<Object> values = (List<Object>) browser.executeScript(
                "var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                        + "return chart.getOption().series[arguments[1]].data.map(function (d) {"
                        + "  return d !== null && typeof d === 'object' ? d.value : d; });", id, series);
        return values.stream().map(v -> v == null ? null : ((Number) v).longValue()).toList();
    }

    /** The category axis as years ("2021" or "2021\n无数据" for a gap). */
    @SuppressWarnings("unchecked")
    private static List<Long> chartCategories(String id) {
        List<Object> values = (List<Object>) browser.executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().xAxis[0].data;", id);
        return values.stream().map(v -> Long.parseLong(v.toString().replaceAll("\\D.*$", ""))).toList();
    }

    /** The rows of a chart's data table, cells joined by "|" (read from the DOM: the table may be folded). */
    @SuppressWarnings("unchecked")
    private static List<String> tableTexts(String chart) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + '-table tbody tr')).map(function (tr) {"
                        + "  return Array.from(tr.cells).map(function (c) { return c.textContent; }).join('|'); });", chart);
    }

    /** One column of a chart's data table as numbers; null where it says 无数据. */
    private static List<Long> tableColumn(String chart, int column) {
        return tableTexts(chart).stream().map(row -> row.split("\\|")[column])
                .map(cell -> cell.matches("[0-9,]+") ? Long.valueOf(cell.replace(",", "")) : null).toList();
    }

    private static String kpiValue(String key) {
        return browser.findElement(By.cssSelector("[data-kpi=" + key + "] .kpi-value")).getText()
                .replaceAll("[^0-9,.]", "");
    }

    private static String kpiPrevious(String key) {
        return browser.findElement(By.cssSelector("[data-kpi=" + key + "] .kpi-previous")).getText();
    }

    private static List<Long> itemsColumn() {
        return browser.findElements(By.cssSelector("#agency-table tbody tr td:nth-child(2)")).stream()
                .map(td -> Long.parseLong(td.getText().replace(",", ""))).toList();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(Path.of("target", name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        // the whole page as well, for a reviewer
        @SuppressWarnings("unchecked")
        Map<String, Object> full = (Map<String, Object>) browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("captureBeyondViewport", true, "format", "png"));
        Files.write(Path.of("target", name + "-full.png"), Base64.getDecoder().decode((String) full.get("data")));
    }

    // ---- expected figures, summed from the export over the city's subtree ------------------------------------------

    private static List<Long> sums(JsonNode export, List<String> codes, String... path) {
        List<Long> values = new ArrayList<>();
        for (String code : codes) {
            String[] full = Arrays.copyOf(path, path.length + 1);
            full[path.length] = code;
            values.add(sum(export, full));
        }
        return values;
    }

    private static long sum(JsonNode export, String... path) {
        long total = 0;
        for (JsonNode agency : export.get("agencies")) {
            if (citySubtree.contains(agency.get("code").asText())) {
                JsonNode node = agency;
                for (String step : path) {
                    node = node.path(step);
                }
                total += node.asLong();
            }
        }
        return total;
    }

    private static Map<Integer, Long> histogram(JsonNode export) {
        Map<Integer, Long> merged = new TreeMap<>();
        for (JsonNode agency : export.get("agencies")) {
            if (citySubtree.contains(agency.get("code").asText())) {
                agency.path("application").path("timeliness").path("workingDays").fields()
                        .forEachRemaining(e -> merged.merge(Integer.parseInt(e.getKey()), e.getValue().asLong(), Long::sum));
            }
        }
        merged.values().removeIf(v -> v == 0);
        return merged;
    }

    private static double median(Map<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        return n % 2 == 1 ? at(histogram, (n + 1) / 2) : (at(histogram, n / 2) + at(histogram, n / 2 + 1)) / 2.0;
    }

    private static int at(Map<Integer, Long> histogram, long position) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= position) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("position " + position + " beyond the histogram");
    }

    // ---- HTTP --------------------------------------------------------------------------------------------------------

    private static void awaitOk(String path) throws Exception {
        HttpResponse<String> last = null;
        for (int attempt = 0; attempt < 90; attempt++) {
            try {
                last = get(path);
                if (last.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(path + " did not answer 200: " + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(report + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(report + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + readerToken).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
