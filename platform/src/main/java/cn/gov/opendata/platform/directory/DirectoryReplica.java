package cn.gov.opendata.platform.directory;

import cn.gov.opendata.platform.problem.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A source service's read-only copy of the report-service's directory (code → parent), so that a token needs to
 * carry only the user's own agency. Fetched on first use, again when older than {@code opendata.directory.refresh}
 * (a conditional GET: 304 when nothing changed) and when asked about a code it does not know (at most once per
 * {@code opendata.directory.min-interval}, so unknown codes in requests cannot turn into a flood of fetches). A failed
 * refresh keeps the last copy; without any copy the service answers 503.
 */
@DefaultBean
@ApplicationScoped
public class DirectoryReplica implements Directory {

    static final String PATH = "/api/v1/directory/parents";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<URI> source;
    private final long refreshNanos;
    private final long minIntervalNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ReentrantLock fetching = new ReentrantLock();

    private volatile AgencyTree tree;
    private volatile long fetchedAt;

    public DirectoryReplica(@ConfigProperty(name = "opendata.directory.url") Optional<String> url,
                            @ConfigProperty(name = "opendata.directory.refresh", defaultValue = "30S") Duration refresh,
                            @ConfigProperty(name = "opendata.directory.min-interval", defaultValue = "1S") Duration minInterval) {
        this.source = url.map(String::strip).filter(u -> !u.isEmpty()).map(u -> URI.create(u.replaceAll("/+$", "") + PATH));
        this.refreshNanos = refresh.toNanos();
        this.minIntervalNanos = minInterval.toNanos();
    }

    /** Loads the first copy in the background, so the first supervisor does not wait (nor fail if this is early). */
    void onStart(@Observes StartupEvent event) {
        if (source.isPresent()) {
            CompletableFuture.runAsync(() -> refresh(true)).exceptionally(e -> null);
        }
    }

    @Override
    public AgencyTree tree() {
        AgencyTree current = tree;
        if (current == null || System.nanoTime() - fetchedAt >= refreshNanos) {
            current = refresh(current == null);
        }
        return current;
    }

    @Override
    public AgencyTree treeKnowing(String code) {
        AgencyTree current = tree();
        if (code != null && !current.contains(code) && System.nanoTime() - fetchedAt >= minIntervalNanos) {
            current = refresh(true);
        }
        return current;
    }

    private AgencyTree refresh(boolean mustWait) {
        if (mustWait) {
            fetching.lock();
        } else if (!fetching.tryLock()) {
            // another request is fetching; this one may use the copy it has
            return tree;
        }
        try {
            fetch();
        } finally {
            fetching.unlock();
        }
        AgencyTree current = tree;
        if (current == null) {
            throw ApiException.unavailable("The agency directory (" + source.map(URI::toString).orElse("opendata.directory.url is not set")
                    + ") has not been loaded yet; supervisors' scopes are unknown until it is");
        }
        return current;
    }

    private void fetch() {
        if (source.isEmpty()) {
            return;
        }
        AgencyTree known = tree;
        HttpRequest.Builder request = HttpRequest.newBuilder(source.get()).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json");
        if (known != null) {
            request.header("If-None-Match", "\"" + known.version() + "\"");
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 200) {
                    tree = parse(body.readAllBytes());
                    Log.debugf("Agency directory version %s: %d agencies", tree.version(), tree.size());
                } else if (response.statusCode() != 304 || known == null) {
                    Log.warnf("Agency directory %s answered %d; keeping version %s", source.get(), response.statusCode(),
                            known == null ? "none" : known.version());
                }
            }
        } catch (IOException e) {
            Log.warnf("Agency directory %s unreachable (%s); keeping version %s", source.get(), e.getMessage(),
                    known == null ? "none" : known.version());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // a failed attempt also counts: an unreachable report-service is retried after the period, not per request
            fetchedAt = System.nanoTime();
        }
    }

    static AgencyTree parse(byte[] json) throws IOException {
        JsonNode root = JSON.readTree(json);
        Map<String, String> parents = new HashMap<>();
        root.path("parents").fields().forEachRemaining(e -> parents.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return new AgencyTree(parents, root.path("version").asText());
    }
}
