package cn.gov.opendata.report.publish.rest;

import cn.gov.opendata.platform.outbox.OutboxDispatcher;
import cn.gov.opendata.platform.outbox.OutboxSignature;
import cn.gov.opendata.report.document.FakeReportProvider;
import cn.gov.opendata.report.model.ReportProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PublishedEventTest {

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void aPublicationIsDeliveredToTheAgencysSubscribersSigned() throws Exception {
        QuarkusMock.installMockForType(new FakeReportProvider(), ReportProvider.class);
        String agency = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "subscriber-secret-0123456789";
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<Boolean> signed = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            bodies.add(new String(body, StandardCharsets.UTF_8));
            signed.add(OutboxSignature.verify(secret, body, exchange.getRequestHeaders().getFirst(OutboxSignature.HEADER)));
            exchange.sendResponseHeaders(Status.NO_CONTENT.getStatusCode(), -1);
            exchange.close();
        });
        receiver.start();
        try {
            given().contentType(ContentType.JSON)
                    .body(Map.of("agency", agency, "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "secret", secret))
                    .when().post("/api/v1/outbox/subscriptions").then().statusCode(Status.CREATED.getStatusCode());
            given().when().post("/api/v1/reports/{agency}/2021/publish?publishedBy=办公室", agency)
                    .then().statusCode(Status.CREATED.getStatusCode());
            while (dispatcher.dispatch(Instant.now()) > 0) {
                // until nothing is due
            }
            assertEquals(1, bodies.size());
            assertTrue(signed.get(0));
            JsonNode event = new ObjectMapper().readTree(bodies.get(0));
            assertEquals("report.published", event.get("type").asText());
            assertEquals(agency, event.at("/data/agency").asText());
            assertEquals(1, event.at("/data/revision").asInt());
            assertEquals(64, event.at("/data/jsonSha256").asText().length());
        } finally {
            receiver.stop(0);
        }
    }
}
