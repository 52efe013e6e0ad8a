package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.client.AppealsStatistics;
import cn.gov.opendata.report.client.ApplicationStatistics;
import cn.gov.opendata.report.client.DisclosureStatistics;
import cn.gov.opendata.report.client.Source;
import cn.gov.opendata.report.client.SourceRejectedException;
import cn.gov.opendata.report.client.StatisticsSources;
import cn.gov.opendata.platform.problem.ApiException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * Asks the three sources for the statistics of several years, all calls at once. Any source that fails (after its
 * retry), times out or has its breaker open turns the whole request into a 503 naming that source: a report is
 * never assembled from partial figures.
 */
@ApplicationScoped
public class StatisticsFetcher {

    /** The answers by year, and how long each source took (its slowest call). */
    public record Fetched(Map<Integer, YearStatistics> years, Map<Source, Long> millis) {
    }

    @Inject
    StatisticsSources sources;

    public Fetched fetch(List<Integer> years) {
        long start = System.nanoTime();
        Map<Source, Long> millis = new EnumMap<>(Source.class);
        Map<Integer, CompletableFuture<DisclosureStatistics>> disclosure = new LinkedHashMap<>();
        Map<Integer, CompletableFuture<ApplicationStatistics>> application = new LinkedHashMap<>();
        Map<Integer, CompletableFuture<AppealsStatistics>> appeals = new LinkedHashMap<>();
        for (int year : years) {
            disclosure.put(year, timed(Source.DISCLOSURE, sources.disclosure(year), start, millis));
            application.put(year, timed(Source.APPLICATION, sources.application(year), start, millis));
            appeals.put(year, timed(Source.APPEALS, sources.appeals(year), start, millis));
        }
        List<ApiException> failures = new ArrayList<>();
        Map<Integer, YearStatistics> answers = new LinkedHashMap<>();
        for (int year : years) {
            DisclosureStatistics d = await(Source.DISCLOSURE, disclosure.get(year), failures);
            ApplicationStatistics a = await(Source.APPLICATION, application.get(year), failures);
            AppealsStatistics ap = await(Source.APPEALS, appeals.get(year), failures);
            answers.put(year, new YearStatistics(year, d, a, ap));
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return new Fetched(answers, millis);
    }

    private static <T> CompletableFuture<T> timed(Source source, CompletionStage<T> stage, long start, Map<Source, Long> millis) {
        return stage.toCompletableFuture().whenComplete((v, e) -> {
            long took = (System.nanoTime() - start) / 1_000_000;
            synchronized (millis) {
                millis.merge(source, took, Math::max);
            }
        });
    }

    private static <T> T await(Source source, CompletableFuture<T> future, List<ApiException> failures) {
        try {
            T value = future.get();
            if (value == null) {
                failures.add(unavailable(source, "empty answer"));
            }
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(unavailable(source, "interrupted"));
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            failures.add(cause instanceof SourceRejectedException rejected ? refused(source, rejected)
                    : unavailable(source, reason(cause)));
        }
        return null;
    }

    private static String reason(Throwable cause) {
        if (cause instanceof TimeoutException) {
            return "no answer in time";
        }
        if (cause instanceof CircuitBreakerOpenException) {
            return "circuit breaker open after repeated failures";
        }
        return cause.getMessage() == null ? "the connection failed" : cause.getMessage();
    }

    /**
     * A source refused the call (4xx): not an outage, so never a 503. A 400 means the figures asked for do not exist
     * (the client's parameters, passed on); anything else (401, 403, 404, …) means this service called wrongly or
     * with credentials the source does not accept — a 502 that says so.
     */
    static ApiException refused(Source source, SourceRejectedException rejected) {
        Log.warnf("Statistics source %s refused the call: %s", source.serviceName(), rejected.getMessage());
        if (rejected.status() == Status.BAD_REQUEST.getStatusCode()) {
            return new ApiException(Status.BAD_REQUEST, "Bad Request", source.serviceName() + " refused the request: "
                    + rejected.detail(), List.of());
        }
        return new ApiException(Status.BAD_GATEWAY, "Bad Gateway", source.serviceName() + " refused the report-service's call"
                + " with HTTP " + rejected.status() + " (" + rejected.detail() + "); check the report-service's "
                + "configuration and credentials for it", List.of());
    }

    static ApiException unavailable(Source source, String reason) {
        Log.warnf("Statistics source %s unavailable: %s", source.serviceName(), reason);
        String title = source.serviceName() + " unavailable";
        return new ApiException(Status.SERVICE_UNAVAILABLE, title, title + ": " + reason, List.of());
    }
}
