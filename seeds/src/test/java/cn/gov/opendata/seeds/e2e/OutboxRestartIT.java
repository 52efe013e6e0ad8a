package cn.gov.opendata.seeds.e2e;

import cn.gov.opendata.seeds.load.ApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transactional outbox across a real crash of the packaged application-service: a request is registered (its
 * event committed with it) while the subscriber refuses, the process is killed (SIGKILL, nothing in memory survives),
 * and the restarted process delivers the event from the database — to a receiver that then fails three more times
 * before accepting. The receiver accepts the event exactly once, every attempt carries the same idempotency key and
 * body, and the signature verifies with the subscription's secret and not with another.
 */
class OutboxRestartIT {

    private static final String AGENCY = "zk-fugou";
    private static final String SECRET = "outbox-restart-it-shared-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One post as the receiver saw it. */
    record Received(String key, String type, String body, String signature, int answered) {
    }

    private static ReferenceSystem system;
    private static HttpServer receiver;
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    /** Until the crash the subscriber is down for maintenance (503): nothing can be delivered before it. */
    private static final AtomicBoolean open = new AtomicBoolean(false);
    /** After it opens, it fails this many posts (500) before it accepts. */
    private static final AtomicInteger failuresLeft = new AtomicInteger(3);
    private static String subscription;

    @BeforeAll
    static void start() throws Exception {
        system = ReferenceSystem.get();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = !open.get() ? 503 : failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-Opendata-Event"), new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Opendata-Signature"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        // A dispatcher that polls every second, backs off from one second and holds a claim ten seconds, so that the
        // test waits seconds, not the production minutes; the restart that sets it is a clean one.
        ServiceProcess application = system.service("application");
        application.putEnvironment("OPENDATA_OUTBOX_DELIVERY_EVERY", "1s");
        application.putEnvironment("OPENDATA_OUTBOX_DELIVERY_BACKOFF", "1s");
        application.putEnvironment("OPENDATA_OUTBOX_DELIVERY_LEASE", "10s");
        application.stop();
        application.start(false);
        awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        if (subscription != null) {
            send(HttpRequest.newBuilder(URI.create(system.urls().application() + "/api/v1/outbox/subscriptions/" + subscription)).DELETE(),
                    system.token("admin"));
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void anEventCommittedBeforeACrashIsDeliveredOnceAfterTheRestartAndThreeFailures() throws Exception {
        String application = system.urls().application();
        HttpResponse<String> subscribed = send(HttpRequest.newBuilder(URI.create(application + "/api/v1/outbox/subscriptions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("agency", AGENCY,
                        "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "secret", SECRET,
                        "eventTypes", List.of("request.registered"))))), system.token("admin"));
        assertEquals(201, subscribed.statusCode(), subscribed.body());
        subscription = JSON.readTree(subscribed.body()).get("id").asText();

        String tracking = "OUTBOX-" + System.nanoTime();
        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(application + "/api/v1/requests"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"agency":"%s","trackingNumber":"%s","channel":"IN_PERSON","registeredPost":false,
                         "applicantType":"NATURAL_PERSON","applicant":{"name":"张三"},"subject":"2025年扶沟县财政预算",
                         "arrivedAt":"2025-03-04T10:00:00+08:00"}""".formatted(AGENCY, tracking))), system.token("clerk", AGENCY));
        assertEquals(201, registered.statusCode(), registered.body());
        long requestId = JSON.readTree(registered.body()).get("id").asLong();

        // the crash, right after the change committed: whatever was tried before it was refused
        system.service("application").kill();
        assertTrue(received.stream().noneMatch(r -> r.answered() / 100 == 2), "nothing delivered before the crash");
        open.set(true);
        system.service("application").start(false);
        awaitReady();

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (accepted().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(1, accepted().size(), "delivered after the restart: " + received);
        // a few more polls: at least once must not become twice
        Thread.sleep(4000);
        assertEquals(1, accepted().size(), "accepted once: " + received);

        Received delivered = accepted().get(0);
        assertEquals(3, received.stream().filter(r -> r.answered() == 500).count(), "the three failures came first: " + received);
        assertEquals(1, received.stream().map(Received::key).distinct().count(), "one idempotency key for every attempt: " + received);
        assertEquals(1, received.stream().map(Received::body).distinct().count(), "the same bytes every time");
        assertEquals("request.registered", delivered.type());
        JsonNode event = JSON.readTree(delivered.body());
        assertEquals(delivered.key(), event.get("id").asText());
        assertEquals(requestId, event.at("/data/requestId").asLong());
        assertEquals(tracking, event.at("/data/trackingNumber").asText());
        assertFalse(delivered.body().contains("张三"), "events carry no personal data");

        byte[] body = delivered.body().getBytes(StandardCharsets.UTF_8);
        assertEquals("sha256=" + hmac(SECRET, body), delivered.signature(), "signed with the subscription's secret");
        assertFalse(delivered.signature().equals("sha256=" + hmac("another-secret-of-16+chars", body)), "a wrong secret is detected");
        assertFalse(delivered.signature().equals("sha256=" + hmac(SECRET, (delivered.body() + " ").getBytes(StandardCharsets.UTF_8))),
                "a changed body is detected");

        HttpResponse<String> log = send(HttpRequest.newBuilder(URI.create(application + "/api/v1/outbox/deliveries?agency=" + AGENCY
                + "&status=DELIVERED")), system.token("admin"));
        assertEquals(200, log.statusCode(), log.body());
        assertTrue(log.body().contains(delivered.key()), "the delivery log shows it delivered: " + log.body());
    }

    private static List<Received> accepted() {
        return received.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    private static void awaitReady() throws InterruptedException {
        new ApiLoader(system.urls(), null).awaitReady(Duration.ofMinutes(2));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
