package cn.gov.opendata.report.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** Stubbing helpers: statistics answers per source and year, unique years and agency codes per test. */
public final class Stubs {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Even years only, so a report's "year before" is never another test's report year; from 2028, clear of the fixed
     * years other tests use (2020-2025, 2030), and inside the platform's year policy (up to 2100: 36 unique years). */
    private static final AtomicInteger YEARS = new AtomicInteger(2026);
    /** A year no test stubs, nor its year before: a report of it reads only what the sources answer unstubbed (no
     * records). For tests that check who is asked and how, not figures; it takes nothing from the unique years. */
    public static final int UNSTUBBED_YEAR = 2027;

    private Stubs() {
    }

    public static int uniqueYear() {
        int year = YEARS.addAndGet(2);
        if (year == 2030) {
            year = YEARS.addAndGet(2);
        }
        if (year > 2100) {
            throw new IllegalStateException("more than 36 unique report years in one test JVM: the year policy ends at 2100");
        }
        return year;
    }

    public static String code(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** Answers {@code {"year":year,"agencies":agencies}} for the source's statistics of that year. */
    public static void statistics(String source, int year, Map<String, ?> agencies) {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("year", year, "agencies", agencies));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        WireMockSources.server().stubFor(get(urlPathEqualTo("/" + source + "/api/v1/statistics/" + year))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    public static void status(String source, int year, int status) {
        WireMockSources.server().stubFor(get(urlPathEqualTo("/" + source + "/api/v1/statistics/" + year))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("{}")));
    }

    public static void slow(String source, int year, int millis) {
        WireMockSources.server().stubFor(get(urlPathEqualTo("/" + source + "/api/v1/statistics/" + year))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"agencies\":{}}").withFixedDelay(millis)));
    }
}
