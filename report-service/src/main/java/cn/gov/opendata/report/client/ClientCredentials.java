package cn.gov.opendata.report.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The report-service's own token towards the sources by the OAuth 2 client-credentials grant, when
 * {@code opendata.sources.client.token-url}, {@code .client-id} and {@code .client-secret} are set (env
 * OPENDATA_SOURCES_CLIENT_TOKEN_URL, _CLIENT_ID, _CLIENT_SECRET). Fetched at start and renewed in the background
 * {@value #RENEW_BEFORE_SECONDS} s before it expires, so a statistics call only reads the current token and never waits
 * for the identity provider; a failed renewal is retried every few seconds while the old token lasts.
 */
@ApplicationScoped
public class ClientCredentials {

    static final long RENEW_BEFORE_SECONDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<URI> tokenUrl;
    private final Optional<String> clientId;
    private final Optional<String> clientSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ScheduledExecutorService renewer;
    private volatile String token;

    public ClientCredentials(@ConfigProperty(name = "opendata.sources.client.token-url") Optional<String> tokenUrl,
                             @ConfigProperty(name = "opendata.sources.client.client-id") Optional<String> clientId,
                             @ConfigProperty(name = "opendata.sources.client.client-secret") Optional<String> clientSecret) {
        this.tokenUrl = tokenUrl.filter(u -> !u.isBlank()).map(URI::create);
        this.clientId = clientId.filter(c -> !c.isBlank());
        this.clientSecret = clientSecret.filter(c -> !c.isBlank());
    }

    public boolean configured() {
        return tokenUrl.isPresent() && clientId.isPresent() && clientSecret.isPresent();
    }

    /** The current token, or empty when not configured or not yet obtained. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    void onStart(@Observes StartupEvent event) {
        if (!configured()) {
            return;
        }
        renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sources-token");
            thread.setDaemon(true);
            return thread;
        });
        renewer.execute(this::renew);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (renewer != null) {
            renewer.shutdownNow();
        }
    }

    private void renew() {
        long next = 5;
        try {
            String form = "grant_type=client_credentials&client_id=" + encode(clientId.get()) + "&client_secret=" + encode(clientSecret.get());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenUrl.get()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode answer = JSON.readTree(response.body());
                token = answer.path("access_token").asText();
                next = Math.max(5, answer.path("expires_in").asLong(300) - RENEW_BEFORE_SECONDS);
                Log.debugf("Sources token renewed; next renewal in %d s", next);
            } else {
                // the body of an error may echo the request: only the status is logged
                Log.warnf("Client-credentials token from %s refused: %d", tokenUrl.get(), response.statusCode());
            }
        } catch (java.io.IOException e) {
            Log.warnf("Client-credentials token from %s failed: %s", tokenUrl.get(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        renewer.schedule(this::renew, next, TimeUnit.SECONDS);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
