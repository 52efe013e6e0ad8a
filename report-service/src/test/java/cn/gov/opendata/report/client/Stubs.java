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
    /** Even years only, so a report's "year before" is never another test's report year; from 2042, clear of the fixed
     * years other tests use, and inside the platform's year policy (up to 2100: 29 unique years). */
    // from 2021 (the national format of 2021 is the default from then on) in steps of two, so that no test's year is
    // another's year before; the platform's year policy ends at 2100, which leaves room for 40 test years per JVM
    private static final AtomicInteger YEARS = new AtomicInteger(2019);

    private Stubs() {
    }

    public static int uniqueYear() {
        int year = YEARS.addAndGet(2);
        if (year > 2100) {
            throw new IllegalStateException("more than 40 unique report years in one test JVM: the year policy ends at 2100");
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
