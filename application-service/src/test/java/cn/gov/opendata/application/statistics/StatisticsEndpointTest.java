package cn.gov.opendata.application.statistics;

import cn.gov.opendata.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * A small history for one agency with hand-counted 2018 and 2019 figures (see the comments per line); each
 * figure is also checked against the list filter that is its provenance.
 */
@QuarkusTest
class StatisticsEndpointTest {

    static final int OK = Status.OK.getStatusCode();
    String agency;

    @BeforeEach
    void load() {
        agency = Fixtures.agency();
        String batch = String.join("\n",
                // carried over into 2018, concluded 2018; 14 working days, on time
                line("S-1", "ONLINE", "NATURAL_PERSON", "2017-12-20", false, null, "DISCLOSED", "2018-01-10", "0.00"),
                // concluded in 2017: counts nowhere in 2018
                line("S-2", "LETTER", "COMMERCIAL", "2017-11-01", false, null, "DISCLOSED", "2017-12-01", "0.00"),
                // received and concluded 2018; 13 working days, on time, fee charged
                line("S-3", "IN_PERSON", "NATURAL_PERSON", "2018-03-01", false, null, "ALREADY_PUBLIC", "2018-03-20", "100.00"),
                // received 2018, still open
                line("S-4", "FAX", "LEGAL_SERVICE", "2018-12-20", false, null, null, null, "0.00"),
                // received 2018, concluded 2019
                line("S-5", "ONLINE", "RESEARCH", "2018-06-01", false, null, "NOT_HELD", "2019-01-05", "0.00"),
                // received 2017, still open
                line("S-6", "ONLINE", "NATURAL_PERSON", "2017-06-01", false, null, null, null, "0.00"),
                // received 2019
                line("S-7", "ONLINE", "NATURAL_PERSON", "2019-01-02", false, null, null, null, "0.00"),
                // extended, due 2018-04-03 (40 working days), concluded 2018-04-20: late, 52 working days
                line("S-8", "ONLINE", "OTHER", "2018-02-01", true, null, "PARTIALLY_DISCLOSED", "2018-04-20", "0.00"),
                // extended, concluded within the extension: 30 working days
                line("S-9", "ONLINE", "COMMERCIAL", "2018-02-01", true, "2018-04-03", "DISCLOSED", "2018-03-20", "0.00"));
        Fixtures.importBatch(batch).statusCode(OK).body("created", equalTo(9));
        // awaiting confirmation: counts nowhere
        Fixtures.register(Fixtures.registration(agency, "S-10", "ONLINE", false, "NATURAL_PERSON", "2018-05-02T10:00:00+08:00", "x"));
    }

    private String line(String tracking, String channel, String applicant, String receivedOn, boolean extended, String dueOn,
                        String outcome, String concludedOn, String fee) {
        return """
                {"agency":"%s","trackingNumber":"%s","channel":"%s","registeredPost":null,"applicantType":"%s","subject":"s","receivedOn":"%s","extended":%s,"dueOn":%s,"outcome":%s,"concludedOn":%s,"feeChargedYuan":"%s"}"""
                .formatted(agency, tracking, channel, applicant, receivedOn, extended, quoted(dueOn), quoted(outcome), quoted(concludedOn), fee);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void figuresFor2018FollowTheCountingRules() {
        String a = "agencies.'" + agency + "'.";
        given().queryParam("agency", agency)
                .when().get("/api/v1/statistics/2018")
                .then().statusCode(OK)
                .body("year", equalTo(2018))
                .body(a + "received.byChannel", equalTo(Map.of("ONLINE", 3, "LETTER", 0, "IN_PERSON", 1, "FAX", 1)))
                .body(a + "received.byApplicant", equalTo(Map.of("NATURAL_PERSON", 1, "COMMERCIAL", 1, "RESEARCH", 1,
                        "SOCIAL_WELFARE", 0, "LEGAL_SERVICE", 1, "OTHER", 1)))
                .body(a + "carriedOver.byApplicant", equalTo(Map.of("NATURAL_PERSON", 2, "COMMERCIAL", 0, "RESEARCH", 0,
                        "SOCIAL_WELFARE", 0, "LEGAL_SERVICE", 0, "OTHER", 0)))
                .body(a + "concluded.byOutcome.DISCLOSED.NATURAL_PERSON", equalTo(1))
                .body(a + "concluded.byOutcome.DISCLOSED.COMMERCIAL", equalTo(1))
                .body(a + "concluded.byOutcome.ALREADY_PUBLIC.NATURAL_PERSON", equalTo(1))
                .body(a + "concluded.byOutcome.PARTIALLY_DISCLOSED.OTHER", equalTo(1))
                .body(a + "concluded.byOutcome", not(hasKey("NOT_HELD")))
                .body(a + "carriedForward.byApplicant", equalTo(Map.of("NATURAL_PERSON", 1, "COMMERCIAL", 0, "RESEARCH", 1,
                        "SOCIAL_WELFARE", 0, "LEGAL_SERVICE", 1, "OTHER", 0)))
                .body(a + "timeliness.onTime", equalTo(2))
                .body(a + "timeliness.afterExtension", equalTo(1))
                .body(a + "timeliness.late", equalTo(1))
                .body(a + "timeliness.workingDays", equalTo(Map.of("13", 1, "14", 1, "30", 1, "52", 1)))
                .body(a + "fees.requestsCharged", equalTo(1))
                .body(a + "fees.amountYuan", equalTo("100.00"));
    }

    @Test
    void figuresFor2019CarryOverWhat2018CarriedForward() {
        String a = "agencies.'" + agency + "'.";
        given().queryParam("agency", agency)
                .when().get("/api/v1/statistics/2019")
                .then().statusCode(OK)
                .body(a + "carriedOver.byApplicant.NATURAL_PERSON", equalTo(1))
                .body(a + "carriedOver.byApplicant.RESEARCH", equalTo(1))
                .body(a + "carriedOver.byApplicant.LEGAL_SERVICE", equalTo(1))
                .body(a + "received.byApplicant.NATURAL_PERSON", equalTo(1))
                .body(a + "concluded.byOutcome.NOT_HELD.RESEARCH", equalTo(1))
                .body(a + "carriedForward.byApplicant.NATURAL_PERSON", equalTo(2))
                .body(a + "carriedForward.byApplicant.LEGAL_SERVICE", equalTo(1))
                .body(a + "fees.amountYuan", equalTo("0.00"));
    }

    @Test
    void agencyWithoutFiguresIsLeftOut() {
        given().queryParam("agency", agency)
                .when().get("/api/v1/statistics/2016")
                .then().statusCode(OK)
                .body("agencies", equalTo(Map.of()));
    }

    @Test
    void listFiltersReturnExactlyTheCountedRecords() {
        total(Map.of("receivedYear", 2018), 5);
        total(Map.of("carriedOverInto", 2018), 2);
        total(Map.of("concludedYear", 2018), 4);
        total(Map.of("openAtYearEnd", 2018), 3);
        total(Map.of("concludedYear", 2018, "outcome", "DISCLOSED", "applicantType", "COMMERCIAL"), 1);
        total(Map.of("receivedYear", 2018, "channel", "ONLINE"), 3);
        total(Map.of("status", "AWAITING_CONFIRMATION"), 1);
        total(Map.of("carriedOverInto", 2019), 3);
    }

    private void total(Map<String, Object> filter, int expected) {
        given().queryParam("agency", agency).queryParams(filter)
                .when().get("/api/v1/requests")
                .then().statusCode(OK)
                .body("total", equalTo(expected));
    }

    @Test
    void yearOutOfRangeIsRejected() {
        given().when().get("/api/v1/statistics/1800")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode());
    }
}
