package cn.gov.opendata.report.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The three statistics calls with their fault tolerance (declared on the class, so that one set of
 * {@code quarkus.fault-tolerance."<this class>"...} keys tunes all three; each method keeps its own breaker).
 * Calls are non-blocking, so a report asks all sources at once.
 * A 4xx answer is translated to {@link SourceRejectedException}, which is neither retried nor counted by the breaker.
 */
@ApplicationScoped
@AsynchronousNonBlocking
@Timeout(5000)
@Retry(maxRetries = 1, delay = 100, abortOn = SourceRejectedException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = SourceRejectedException.class)
public class StatisticsSources {

    private static final ObjectMapper PROBLEMS = new ObjectMapper();

    @Inject
    @RestClient
    DisclosureClient disclosure;

    @Inject
    @RestClient
    ApplicationClient application;

    @Inject
    @RestClient
    AppealsClient appeals;

    @Inject
    KeptAnswers kept;

    @CircuitBreakerName("disclosure-statistics")
    public CompletionStage<DisclosureStatistics> disclosure(int year) {
        KeptAnswers.Kept sent = kept.held(Source.DISCLOSURE, year);
        return translated(Source.DISCLOSURE, () -> disclosure.statistics(year, sent == null ? null : sent.etag())
                .thenApply(r -> kept.answer(Source.DISCLOSURE, year, sent, r, DisclosureStatistics.class)));
    }

    @CircuitBreakerName("application-statistics")
    public CompletionStage<ApplicationStatistics> application(int year) {
        KeptAnswers.Kept sent = kept.held(Source.APPLICATION, year);
        return translated(Source.APPLICATION, () -> application.statistics(year, sent == null ? null : sent.etag())
                .thenApply(r -> kept.answer(Source.APPLICATION, year, sent, r, ApplicationStatistics.class)));
    }

    @CircuitBreakerName("appeals-statistics")
    public CompletionStage<AppealsStatistics> appeals(int year) {
        KeptAnswers.Kept sent = kept.held(Source.APPEALS, year);
        return translated(Source.APPEALS, () -> appeals.statistics(year, sent == null ? null : sent.etag())
                .thenApply(r -> kept.answer(Source.APPEALS, year, sent, r, AppealsStatistics.class)));
    }

    private static <T> CompletionStage<T> translated(Source source, Supplier<CompletionStage<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletionStage<T> stage;
        try {
            stage = call.get();
        } catch (RuntimeException e) {
            result.completeExceptionally(translate(source, e));
            return result;
        }
        stage.whenComplete((value, error) -> {
            if (error == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(translate(source, error));
            }
        });
        return result;
    }

    private static RuntimeException translate(Source source, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String message = source.serviceName() + " answered HTTP " + status;
            return status < 500 ? new SourceRejectedException(message, status, detailOf(web), web)
                    : new SourceFailedException(message, web);
        }
        String reason = cause.getMessage() == null ? "the connection failed" : cause.getMessage();
        return new SourceFailedException(source.serviceName() + " could not be reached: " + reason, cause);
    }

    /** The problem detail of a source's refusal, read from its problem+json body when it has one. */
    private static String detailOf(WebApplicationException web) {
        try {
            String body = web.getResponse().readEntity(String.class);
            JsonNode problem = body == null || body.isBlank() ? null : PROBLEMS.readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (RuntimeException | IOException unreadable) {
            // no readable problem body: the status says enough
        }
        return "HTTP " + web.getResponse().getStatus();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
