package cn.gov.opendata.application.events;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.outbox.OutboxDispatcher;
import cn.gov.opendata.platform.outbox.OutboxSignature;
import cn.gov.opendata.platform.testing.ConcurrentCalls;
import cn.gov.opendata.platform.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events reach a subscriber on a local port (a plain JDK HttpServer) once per idempotency key, signed. The dispatcher
 * does not run on its own in tests: each test drives it as of a chosen instant, so retries and leases need no sleeping.
 */
@QuarkusTest
class OutboxDeliveryTest {

    static final String SECRET = "a-shared-secret-of-the-subscriber";
    static final ObjectMapper JSON = new ObjectMapper();

    /** What the receiver saw: each post with its idempotency key, body and whether the signature held. */
    record Received(String key, String type, String body, boolean signed, int answered) {
    }

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    DeadlineReminders reminders;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** The receiver answers 500 to this many posts before it accepts. */
    final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            received.add(new Received(exchange.getRequestHeaders().getFirst(OutboxSignature.IDEMPOTENCY_HEADER),
                    exchange.getRequestHeaders().getFirst(OutboxSignature.EVENT_TYPE_HEADER), new String(body, java.nio.charset.StandardCharsets.UTF_8),
                    OutboxSignature.verify(SECRET, body, exchange.getRequestHeaders().getFirst(OutboxSignature.HEADER)), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String subscribe(String agency) {
        given().contentType(ContentType.JSON)
                .body(Map.of("agency", agency, "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "secret", SECRET))
                .when().post("/api/v1/outbox/subscriptions")
                .then().statusCode(Status.CREATED.getStatusCode());
        return agency;
    }

    /** Runs the dispatcher until nothing is due as of {@code now}. */
    private void drain(Instant now) {
        while (dispatcher.dispatch(now) > 0) {
            // every round claims only what is due, so this ends
        }
    }

    private List<Received> accepted() {
        return received.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    @Test
    void eachChangeIsDeliveredOnceSignedWithItsIdempotencyKey() throws Exception {
        String agency = subscribe(Fixtures.agency());
        long id = Fixtures.inPerson(agency, "E-1", "2024-03-04");
        Fixtures.act(id, "reply", "{\"actor\":\"王科员\",\"on\":\"2024-03-20\",\"outcome\":\"DISCLOSED\"}").statusCode(Status.OK.getStatusCode());
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON).body("{\"kind\":\"REPLY\",\"actor\":\"王科员\"}")
                .when().post("/api/v1/requests/" + id + "/letters").then().statusCode(Status.CREATED.getStatusCode());
        drain(Instant.now());
        drain(Instant.now());

        assertEquals(List.of("request.registered", "request.concluded", "letter.issued"), received.stream().map(Received::type).toList());
        assertEquals(3, received.stream().map(Received::key).distinct().count());
        assertTrue(received.stream().allMatch(Received::signed));
        JsonNode concluded = JSON.readTree(received.get(1).body());
        assertEquals(received.get(1).key(), concluded.get("id").asText());
        assertEquals(agency, concluded.get("agency").asText());
        assertEquals("DISCLOSED", concluded.at("/data/outcome").asText());
        assertEquals("2024-03-20", concluded.at("/data/concludedOn").asText());
        assertFalse(received.get(0).body().contains("张三"), "events carry no personal data");
        assertFalse(received.get(0).body().contains("410100199001011231"));
    }

    @Test
    void anEventCommittedBeforeACrashIsDeliveredAfterTheRestartOnce() {
        String agency = subscribe(Fixtures.agency());
        Fixtures.inPerson(agency, "E-2", "2024-03-04");
        // the dispatcher claims the delivery and dies before posting it
        Instant crash = Instant.now();
        assertEquals(1, dispatcher.claim(crash).size());
        drain(crash.plusSeconds(1));
        assertTrue(received.isEmpty(), "a claimed delivery waits for its lease");
        // after the restart the lease has run out: delivered, once
        drain(crash.plus(Duration.ofMinutes(6)));
        drain(crash.plus(Duration.ofMinutes(7)));
        assertEquals(1, received.size());
        assertEquals("request.registered", received.get(0).type());
    }

    @Test
    void aReceiverFailingThreeTimesGetsTheSameEventOnTheFourthAttemptAfterBackingOff() {
        String agency = subscribe(Fixtures.agency());
        failuresLeft.set(3);
        Fixtures.inPerson(agency, "E-3", "2024-03-04");
        Instant t = Instant.now();
        drain(t);
        assertEquals(1, received.size());
        drain(t.plusSeconds(29));
        assertEquals(1, received.size(), "the first retry waits 30 s");
        drain(t.plusSeconds(30));
        drain(t.plusSeconds(30 + 59));
        assertEquals(2, received.size(), "the second retry waits 60 s more");
        drain(t.plusSeconds(30 + 60));
        drain(t.plusSeconds(30 + 60 + 120));
        drain(t.plusSeconds(3600));
        assertEquals(4, received.size());
        assertEquals(1, accepted().size());
        assertEquals(1, received.stream().map(Received::key).distinct().count(), "one idempotency key for every attempt");
        assertEquals(1, received.stream().map(Received::body).distinct().count(), "the same bytes every time");
        given().auth().oauth2(Tokens.supervisor(agency)).when().get("/api/v1/outbox/deliveries?agency=" + agency)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(4))
                .body("items[0].lastStatus", equalTo(204));
    }

    @Test
    void afterTheLastAttemptADeadLetterWaitsForReplay() {
        String agency = subscribe(Fixtures.agency());
        failuresLeft.set(1000);
        Fixtures.inPerson(agency, "E-4", "2024-03-04");
        Instant t = Instant.now();
        for (int hour = 0; hour < 48; hour++) {
            drain(t.plus(Duration.ofHours(hour)));
        }
        assertEquals(5, received.size(), "max-attempts is 5 in the test profile");
        long delivery = given().when().get("/api/v1/outbox/deliveries?agency=" + agency + "&status=DEAD")
                .then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(1))
                .extract().jsonPath().getLong("items[0].id");

        failuresLeft.set(0);
        given().auth().oauth2(Tokens.supervisor(agency)).when().post("/api/v1/outbox/deliveries/" + delivery + "/replay")
                .then().statusCode(Status.OK.getStatusCode()).body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        drain(Instant.now().plusSeconds(1));
        assertEquals(1, accepted().size());
        assertEquals(1, received.stream().map(Received::key).distinct().count());
    }

    @Test
    void aWrongSignatureIsDetectable() throws Exception {
        String agency = subscribe(Fixtures.agency());
        Fixtures.inPerson(agency, "E-5", "2024-03-04");
        drain(Instant.now());
        byte[] body = received.get(0).body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String right = OutboxSignature.sign(SECRET, body);
        assertTrue(OutboxSignature.verify(SECRET, body, right));
        assertFalse(OutboxSignature.verify("another-secret-entirely-xx", body, right));
        byte[] tampered = received.get(0).body().replace("E-5", "E-6").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(OutboxSignature.verify(SECRET, tampered, right));
        assertFalse(OutboxSignature.verify(SECRET, body, null));
    }

    @Test
    void theDailyScanRemindsOncePerDueDate() {
        String agency = subscribe(Fixtures.agency());
        long id = Fixtures.inPerson(agency, "E-6", "2024-03-04");
        String due = given().when().get("/api/v1/requests/" + id).then().extract().path("dueOn");
        LocalDate dueOn = LocalDate.parse(due);
        reminders.scan(dueOn.minusDays(1));
        reminders.scan(dueOn.minusDays(1));
        reminders.scan(dueOn.plusDays(3));
        drain(Instant.now());
        Map<String, Long> types = received.stream().collect(Collectors.groupingBy(Received::type, Collectors.counting()));
        assertEquals(Map.of("request.registered", 1L, "request.due-soon", 1L, "request.overdue", 1L), types);
    }

    @Test
    void onlyAdminsAndTheAgencysSupervisorsManageSubscriptions() {
        String agency = Fixtures.agency();
        Map<String, String> body = Map.of("agency", agency, "url", "https://example.org/hook", "secret", SECRET);
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/outbox/subscriptions").then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(Tokens.supervisor(Fixtures.agency())).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/outbox/subscriptions").then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(Tokens.supervisor(agency)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/outbox/subscriptions").then().statusCode(Status.CREATED.getStatusCode())
                .body("url", equalTo("https://example.org/hook"))
                .body("secret", org.hamcrest.Matchers.nullValue());
        given().contentType(ContentType.JSON).body(Map.of("agency", agency, "url", "ftp://x", "secret", "short"))
                .when().post("/api/v1/outbox/subscriptions").then().statusCode(Status.BAD_REQUEST.getStatusCode());
    }

    @Test
    void aRetriedSubscribeMakesOneSubscriptionEvenWhenTheRetriesRace() throws Exception {
        String agency = Fixtures.agency();
        Map<String, Object> body = Map.of("agency", agency, "url", "https://example.org/retried", "secret", SECRET,
                "eventTypes", List.of("request.registered", "letter.issued"));
        List<Integer> statuses = ConcurrentCalls.statuses(ConcurrentCalls.THREADS,
                i -> given().contentType(ContentType.JSON).body(body).when().post("/api/v1/outbox/subscriptions").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == Status.CREATED.getStatusCode()).count(), statuses.toString());
        assertEquals(statuses.size() - 1, statuses.stream().filter(s -> s == Status.OK.getStatusCode()).count(), statuses.toString());
        // the same event types in another order are the same subscription
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("agency", agency, "url", "https://example.org/retried", "secret", SECRET,
                        "eventTypes", List.of("letter.issued", "request.registered")))
                .when().post("/api/v1/outbox/subscriptions").then().statusCode(Status.OK.getStatusCode()).extract().path("id");
        given().when().get("/api/v1/outbox/subscriptions?agency=" + agency).then().statusCode(Status.OK.getStatusCode())
                .body("id", equalTo(List.of(id)));

        given().contentType(ContentType.JSON).body(Map.of("agency", agency, "url", "https://example.org/retried", "secret", SECRET + "-other"))
                .when().post("/api/v1/outbox/subscriptions").then().statusCode(Status.CONFLICT.getStatusCode())
                .body("detail", containsString("cancel it first"));
        given().when().delete("/api/v1/outbox/subscriptions/" + id).then().statusCode(Status.OK.getStatusCode());
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/outbox/subscriptions").then().statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void aSubscriptionNamesOnlyEventTypesTheServiceSends() {
        given().contentType(ContentType.JSON).body(Map.of("agency", Fixtures.agency(), "url", "https://example.org/types", "secret", SECRET,
                        "eventTypes", List.of("request.registered", "report.published")))
                .when().post("/api/v1/outbox/subscriptions").then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("eventTypes"))
                .body("detail", containsString("report.published"));
    }
}
