package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The lookup of request keys other services name (issue 19: the report's check UNKNOWN_REQUEST_REFERENCE). */
@QuarkusTest
class RequestExistenceTest {

    private static String keys(String... agencyAndNumber) {
        return IntStream.range(0, agencyAndNumber.length / 2)
                .mapToObj(i -> "{\"agency\":\"" + agencyAndNumber[2 * i] + "\",\"trackingNumber\":\"" + agencyAndNumber[2 * i + 1] + "\"}")
                .collect(Collectors.joining(",", "{\"requests\":[", "]}"));
    }

    private static io.restassured.response.ValidatableResponse ask(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests/exists").then();
    }

    @Test
    void onlyTheKeysWithoutACountedRequestAreAnsweredOnceInAskedOrder() {
        String agency = Fixtures.agency();
        String other = Fixtures.agency();
        Fixtures.inPerson(agency, "A-1", "2018-03-01");
        long voided = Fixtures.inPerson(agency, "A-2", "2018-03-01");
        Fixtures.act(voided, "void", "{\"actor\":\"王科员\",\"reason\":\"重复录入\",\"on\":\"2018-03-05\"}")
                .statusCode(Status.OK.getStatusCode());
        ask(Tokens.service(), keys(agency, "A-404", agency, "A-1", other, "A-1", agency, "A-2", agency, "A-404"))
                .statusCode(Status.OK.getStatusCode())
                .body("unknown", equalTo(List.of(Map.of("agency", agency, "trackingNumber", "A-404"),
                        Map.of("agency", other, "trackingNumber", "A-1"),
                        Map.of("agency", agency, "trackingNumber", "A-2"))));
    }

    @Test
    void keysThatAreAllOnRecordAnswerAnEmptyList() {
        String agency = Fixtures.agency();
        Fixtures.inPerson(agency, "A-1", "2018-03-01");
        ask(Tokens.admin(), keys(agency, "A-1")).statusCode(Status.OK.getStatusCode()).body("unknown", equalTo(List.of()));
        ask(Tokens.service(), "{\"requests\":[]}").statusCode(Status.OK.getStatusCode()).body("unknown", equalTo(List.of()));
    }

    @Test
    void aBadKeyOrTooManyKeysIsA400() {
        ask(Tokens.service(), keys("Not An Agency", "A-1")).statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        String[] many = IntStream.range(0, 1001).boxed().flatMap(i -> java.util.stream.Stream.of("t-many", "A-" + i))
                .toArray(String[]::new);
        ask(Tokens.service(), keys(many)).statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        ask(Tokens.service(), "{}").statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", contains("requests"));
    }

    @Test
    void aClerkMayNotAsk() {
        String agency = Fixtures.agency();
        ask(Tokens.clerk(agency), keys(agency, "A-1")).statusCode(Status.FORBIDDEN.getStatusCode());
    }
}
