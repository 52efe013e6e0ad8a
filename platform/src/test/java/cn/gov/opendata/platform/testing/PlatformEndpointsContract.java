package cn.gov.opendata.platform.testing;

import cn.gov.opendata.platform.problem.Problem;
import jakarta.ws.rs.core.Response.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every service answers on the platform's own endpoints: readiness with the database, OpenAPI with the bearer
 * scheme, Swagger UI, metrics, the audit log, and problem+json for an unknown path. Each service runs it as a
 * {@code @QuarkusTest} subclass naming its API title.
 */
public abstract class PlatformEndpointsContract {

    /** The service's OpenAPI title, e.g. "report-service API". */
    protected abstract String apiTitle();

    @Test
    void readinessIncludesTheDatabase() {
        given().auth().none().when().get("/q/health/ready")
                .then().statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDocumentIsServedWithTheBearerScheme() {
        given().auth().none().accept("application/json").when().get("/q/openapi")
                .then().statusCode(Status.OK.getStatusCode())
                .body("info.title", equalTo(apiTitle()))
                .body("components.securitySchemes.collect { it.value.scheme }", hasItem("bearer"))
                .body("paths.'/api/v1/audit'.get.responses", hasKey("401"))
                .body("paths.'/api/v1/audit'.get.responses", hasKey("403"));
    }

    @Test
    void everyDocumentedErrorIsProblemJsonWithAnExample() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().auth().none().accept("application/json")
                .when().get("/q/openapi").then().statusCode(Status.OK.getStatusCode()).extract().asString());
        List<String> bare = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("responses").fields().forEachRemaining(response -> {
                    String status = response.getKey();
                    boolean error = status.startsWith("4") || status.startsWith("5");
                    JsonNode problem = response.getValue().path("content").path("application/problem+json");
                    if (error && (problem.isMissingNode() || problem.path("example").isMissingNode())) {
                        bare.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + status);
                    }
                })));
        assertEquals(List.of(), bare, "errors documented without problem+json and an example");
        assertFalse(document.path("components").path("securitySchemes").path("bearer").path("description").asText().isBlank(),
                "the bearer scheme says where a token comes from");
    }

    @Test
    void swaggerUiIsServed() {
        given().auth().none().when().get("/q/swagger-ui/")
                .then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void unknownPathIsProblemJson() {
        given().auth().none().when().get("/api/v1/no-such-thing")
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("/api/v1/no-such-thing"));
    }

    /**
     * A long URI or header block (a long search, many filters, a large cookie) reaches the routes and gets their
     * problem, not the framework's empty 414 / 431 (the platform raises its limits from 4 and 20 kB to 64 kB).
     */
    @Test
    void aLongUriOrHeaderBlockIsAnsweredByTheRoutesWithAProblem() {
        given().auth().none().when().get("/api/v1/" + "x".repeat(20_000))
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(Problem.MEDIA_TYPE).body("status", equalTo(404))
                .body("detail.length()", lessThan(300));
        given().auth().none().header("X-Long", "y".repeat(40_000)).when().get("/api/v1/no-such-thing")
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
    }

    /** A 405 names the methods the path does take (RFC 9110: the Allow header is required). */
    @Test
    void aMethodThePathDoesNotTakeIsRefusedNamingTheOnesItDoes() {
        String allow = given().when().delete(jsonPostTarget())
                .then().statusCode(Status.METHOD_NOT_ALLOWED.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .extract().header("Allow");
        assertTrue(allow != null && List.of(allow.split(", ")).contains("POST") && !allow.contains("DELETE"), "Allow: " + allow);
    }

    @Test
    void metricsAreExposed() {
        given().auth().none().when().get("/q/metrics")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void auditLogRefusesAPageSizeOutOfRangeNamingTheParameter() {
        given().when().get("/api/v1/audit?size=501")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("size"));
        given().when().get("/api/v1/audit?page=4000000&size=500")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items", org.hamcrest.Matchers.empty());
        given().when().get("/api/v1/audit?page=2147483647&size=500")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("page"));
        given().when().get("/api/v1/audit?agency=Not%20A%20Code")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("detail", not(containsString("java.")));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[]{"/q/health/ready", "/api/v1/no-such-thing", "/api/v1/audit"}) {
            given().auth().none().when().get(path)
                    .then().header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'")));
        }
    }

    @Test
    void aPreflightFromTheAllowedOriginIsAnsweredAndFromAForeignOneNot() {
        given().auth().none().header("Origin", "https://dashboard.allowed.test")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .header("Access-Control-Allow-Origin", "https://dashboard.allowed.test");
        String foreign = given().auth().none().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/audit")
                .then().extract().header("Access-Control-Allow-Origin");
        org.junit.jupiter.api.Assertions.assertNull(foreign, "a foreign origin is not allowed");
    }

    @Test
    void junkPathsDoNotBecomeMetricLabels() {
        String junk = "junk" + Long.toHexString(System.nanoTime());
        for (int i = 0; i < 30; i++) {
            given().auth().none().when().get("/api/v1/" + junk + i).then().statusCode(Status.NOT_FOUND.getStatusCode());
            given().auth().none().when().get("/" + junk + i + "/x").then().statusCode(Status.NOT_FOUND.getStatusCode());
            given().when().delete("/api/v1/audit/" + junk + i);
        }
        given().auth().none().when().get("/q/metrics")
                .then().statusCode(Status.OK.getStatusCode())
                .body(not(containsString(junk)));
    }

    @Test
    void aNulOrAnEncodedSlashInThePathIsRefusedWithAProblem() {
        for (String path : new String[]{"/api/v1/audit%00", "/api/v1/a%2Fb", "/api/v1/a;b"}) {
            given().urlEncodingEnabled(false).when().get(path)
                    .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                    .contentType(Problem.MEDIA_TYPE)
                    .body("detail", not(containsString("java.")));
        }
    }

    @Test
    void aBodyOverTheServicesLimitIsRefusedWithAProblemBeforeItIsRead() throws Exception {
        // larger than every service's limit (the disclosure-service takes imports of up to 4 GB); only the head is sent
        RawHttp.Answer answer = RawHttp.declaring("POST", "/api/v1/audit", "application/x-ndjson", 5L * 1024 * 1024 * 1024);
        assertEquals(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), answer.status(), answer.body());
        assertEquals(Problem.MEDIA_TYPE, answer.contentType());
        JsonNode problem = new ObjectMapper().readTree(answer.body());
        assertEquals(413, problem.get("status").asInt());
        assertEquals("Payload Too Large", problem.get("title").asText());
        String detail = problem.get("detail").asText();
        assertEquals(true, detail.contains("(" + readableLimit(limit()) + " at most)"), detail);
        assertFalse(detail.contains("java") || detail.contains("Exception"), detail);
        assertEquals("body", problem.get("violations").get(0).get("field").asText());
    }

    /** A POST of the service that reads a JSON body (as an admin may call it). */
    protected abstract String jsonPostTarget();

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithAProblemWhileItIsRead() throws Exception {
        String target = jsonPostTarget();
        long limit = new MemorySizeConverter().convert(limit()).asLongValue();
        assumeTrue(limit <= 64L * 1024 * 1024,
                "a limit of " + limit() + " is too large to send a body over it in a test (the disclosure-service takes 4 GB)");
        // past the framework's own check too (1 MB above), which would answer with an empty 413; the answer is read to
        // the end of the connection, which the service closes rather than read the rest
        RawHttp.Answer answer = RawHttp.chunked("POST", target, "application/json", "{".getBytes(),
                limit + 3L * 1024 * 1024, "Authorization: Bearer " + Tokens.admin());
        assertEquals(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), answer.status(), answer.body());
        assertEquals(Problem.MEDIA_TYPE, answer.contentType());
        JsonNode problem = new ObjectMapper().readTree(answer.body());
        assertEquals(413, problem.get("status").asInt());
        assertEquals(true, problem.get("detail").asText().contains("(" + readableLimit(limit()) + " at most)"), answer.body());
        assertEquals("body", problem.get("violations").get(0).get("field").asText());

        // a chunked body under the limit is read as any other (here: refused for what it says, not for its size)
        RawHttp.Answer small = RawHttp.chunked("POST", target, "application/json", "{".getBytes(), 200_000,
                "Authorization: Bearer " + Tokens.admin(), "Connection: close");
        assertEquals(Status.BAD_REQUEST.getStatusCode(), small.status(), small.body());
        assertEquals(Problem.MEDIA_TYPE, small.contentType());
    }

    @Test
    void anHttp11RequestWithoutHostIsAProblem() {
        RawHttp.Answer answer = RawHttp.sendWithoutHost("GET", "/api/v1/audit", "Authorization: Bearer " + Tokens.admin());
        assertEquals(400, answer.status(), answer.body());
        assertEquals(Problem.MEDIA_TYPE, answer.contentType(), answer.body());
        assertFalse(answer.body().contains("Stack"), answer.body());
    }

    /** A record as the services' bodies hold dates and flags. */
    public record DatedFlag(java.time.LocalDate on, Boolean flag) {
    }

    @Test
    void theServicesOwnJsonReaderTakesDatesAndFlagsStrictly() throws Exception {
        // the mapper the REST layer uses, with every customizer of the service applied in the order Quarkus applies them
        ObjectMapper mapper = io.quarkus.arc.Arc.container().instance(ObjectMapper.class).get();
        DatedFlag ok = mapper.readValue("{\"on\":\"2025-03-01\",\"flag\":true}", DatedFlag.class);
        assertEquals(java.time.LocalDate.of(2025, 3, 1), ok.on());
        for (String body : List.of("{\"on\":[]}", "{\"on\":\"2025-02-28T20:00:00Z\"}", "{\"on\":\"2025-03-01T09:00:00\"}",
                "{\"on\":\"2025-03-01 \"}", "{\"on\":\"2019-02-30\"}", "{\"flag\":1}", "{\"flag\":-1}")) {
            org.junit.jupiter.api.Assertions.assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
                    () -> mapper.readValue(body, DatedFlag.class), body);
        }
    }

    @Test
    void aMalformedJsonBodySaysWhatIsWrongNotJustWhere() {
        given().contentType("application/json").body("{\"agency\":").when().post(jsonPostTarget())
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("malformed JSON")).body("violations[0].field", equalTo("body"));
        given().contentType("application/json").body("{\"agency\":\"a\",\"agency\":\"a\"}").when().post(jsonPostTarget())
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("repeats a field"));
        given().contentType("application/json").body("{'agency':1}").when().post(jsonPostTarget())
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("detail", containsString("malformed JSON"));
    }

    @Test
    void aBodyOrAnAnswerOfATypeTheOperationDoesNotTakeIsExplainedInPlainWords() {
        given().contentType("text/plain").body("hello").when().post(jsonPostTarget())
                .then().statusCode(Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("text/plain"))
                .body("detail", not(containsString("@Consumes")));
        given().accept("image/png").when().get("/api/v1/audit")
                .then().statusCode(Status.NOT_ACCEPTABLE.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("image/png"))
                .body("detail", not(containsString("@Produces")));
    }

    private static String limit() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("opendata.http.max-body-size", String.class);
    }

    /** The limit as the answer states it: 10240K is 10 MB, 64M is 64 MB, 4G is 4 GB. */
    private static String readableLimit(String configured) {
        char unit = Character.toUpperCase(configured.charAt(configured.length() - 1));
        long number = Long.parseLong(configured.substring(0, configured.length() - 1));
        return switch (unit) {
            case 'K' -> number / 1024 + " MB";
            case 'M' -> number + " MB";
            case 'G' -> number + " GB";
            default -> throw new IllegalArgumentException("a limit in K, M or G: " + configured);
        };
    }
}
