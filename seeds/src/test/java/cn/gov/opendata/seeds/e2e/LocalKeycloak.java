package cn.gov.opendata.seeds.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The Keycloak of deploy/local/keycloak.sh (test.sh starts it before the tests): whether it runs, the demo users'
 * passwords from .run/keycloak/secrets.env, and, through its admin API, the end-to-end report-service's address among
 * the browser client's redirect URIs (the services run on free ports the realm file cannot know).
 */
final class LocalKeycloak {

    static final String URL = System.getProperty("keycloak.url", "http://127.0.0.1:8180");
    static final String ISSUER = URL + "/realms/opendata";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static Boolean running;

    private LocalKeycloak() {
    }

    static synchronized boolean running() {
        if (running == null) {
            try {
                running = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                running = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
        return running;
    }

    static Map<String, String> secrets() throws IOException {
        Path file = Path.of("").toAbsolutePath().getParent().resolve(".run/keycloak/secrets.env");
        Map<String, String> secrets = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                secrets.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return secrets;
    }

    /** Lets the browser client sign in from, and sign out back to, {@code origin}. */
    static void allowOrigin(String origin) throws Exception {
        String admin = adminToken();
        String clients = ISSUER.replace("/realms/", "/admin/realms/") + "/clients";
        JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=opendata-web")), admin));
        ObjectNode client = (ObjectNode) found.get(0);
        ((ArrayNode) client.get("redirectUris")).add(origin + "/*");
        ((ArrayNode) client.get("webOrigins")).add(origin);
        ObjectNode attributes = client.has("attributes") ? (ObjectNode) client.get("attributes") : client.putObject("attributes");
        attributes.put("post.logout.redirect.uris", attributes.path("post.logout.redirect.uris").asText() + "##" + origin + "/*");
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))), admin);
    }

    /**
     * Until Keycloak looks its users up again: it keeps its own pool of PostgreSQL connections, and after a crash of the
     * database (PostgresKillIT) the first uses of that pool fail while it reconnects. A sign-in of a user that does not
     * exist needs no secret and is refused as invalid_grant only once the user table could be read.
     */
    static void awaitServing(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String form = "grant_type=password&client_id=admin-cli&username=e2e-no-such-user&password=wrong";
        String answer = "none";
        while (!answer.contains("\"invalid_grant\"")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak does not look its users up again (last answer " + answer + ")");
            }
            try {
                answer = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException notYet) {
                answer = String.valueOf(notYet.getMessage());
            }
            if (!answer.contains("\"invalid_grant\"")) {
                Thread.sleep(500);
            }
        }
    }

    private static String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(secrets().get("KEYCLOAK_ADMIN_PASSWORD"), StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin refused: " + answer.statusCode());
        }
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    private static String send(HttpRequest.Builder request, String token) throws Exception {
        HttpResponse<String> answer = HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak admin API: " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }
}
