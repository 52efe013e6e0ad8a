package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The clock cannot be cured after the fact, through the API. Receipt Mon 2025-11-03 (in person): 20 working days end on
 * Mon 2025-12-01 (11-04..07 4, 10..14 9, 17..21 14, 24..28 19, 12-01 20).
 */
@QuarkusTest
class LegalClockTest {

    static final int OK = Status.OK.getStatusCode();
    static final int CONFLICT = Status.CONFLICT.getStatusCode();
    static final int BAD_REQUEST = Status.BAD_REQUEST.getStatusCode();

    static long dueFirstDecember(String agency) {
        return Fixtures.inPerson(agency, "L-" + System.nanoTime(), "2025-11-03");
    }

    @Test
    void extensionAfterTheDueDateIsAConflictNamingArticleAndDueDate() {
        long id = dueFirstDecember(Fixtures.agency());
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":20,\"approvedBy\":\"主任\",\"on\":\"2026-03-02\"}")
                .statusCode(CONFLICT).contentType(Problem.MEDIA_TYPE)
                .body("detail", allOf(containsString("第33条"), containsString("2025-12-01")));
        given().when().get("/api/v1/requests/" + id).then().body("extended", equalTo(false)).body("dueOn", equalTo("2025-12-01"));
    }

    @Test
    void extensionOnTheDueDateIsAccepted() {
        long id = dueFirstDecember(Fixtures.agency());
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":20,\"approvedBy\":\"主任\",\"on\":\"2025-12-01\"}")
                .statusCode(OK).body("extended", equalTo(true));
    }

    @Test
    void article35DateAfterTheDueDateIsAConflict() {
        long id = dueFirstDecember(Fixtures.agency());
        Fixtures.act(id, "custom-reply-date", "{\"actor\":\"a\",\"date\":\"2026-03-31\",\"on\":\"2025-12-05\",\"reason\":\"数量明显超过合理范围\"}")
                .statusCode(CONFLICT).body("detail", allOf(containsString("第35条"), containsString("2025-12-01")));
    }

    @Test
    void article35DateNeedsAStatedReason() {
        long id = dueFirstDecember(Fixtures.agency());
        Fixtures.act(id, "custom-reply-date", "{\"actor\":\"a\",\"date\":\"2026-03-31\",\"on\":\"2025-11-20\"}")
                .statusCode(BAD_REQUEST).body("violations.field", hasItem("reason"));
    }

    @Test
    void noExtensionOnTopOfAnArticle35Date() {
        long id = dueFirstDecember(Fixtures.agency());
        Fixtures.act(id, "custom-reply-date", "{\"actor\":\"a\",\"date\":\"2026-01-30\",\"on\":\"2025-11-20\",\"reason\":\"数量明显超过合理范围\"}")
                .statusCode(OK).body("dueOn", equalTo("2026-01-30"));
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":20,\"approvedBy\":\"主任\",\"on\":\"2025-11-25\"}")
                .statusCode(CONFLICT).body("detail", containsString("第35条"));
    }

    @Test
    void aFeePauseAfterAnArticle35DateMovesIt() {
        long id = dueFirstDecember(Fixtures.agency());
        Fixtures.act(id, "custom-reply-date", "{\"actor\":\"a\",\"date\":\"2026-01-30\",\"on\":\"2025-11-20\",\"reason\":\"数量明显超过合理范围\"}")
                .statusCode(OK).body("dueOn", equalTo("2026-01-30"));
        Fixtures.act(id, "fee-notice", "{\"actor\":\"a\",\"on\":\"2025-11-24\",\"amountYuan\":\"100.00\"}").statusCode(OK);
        // paused 11-25..11-28 (4 working days): 01-30 plus 4 is Thursday 02-05
        Fixtures.act(id, "fee-paid", "{\"actor\":\"a\",\"on\":\"2025-11-28\"}")
                .statusCode(OK).body("dueOn", equalTo("2026-02-05"));
    }

    @Test
    void noArticle35DateWhileTheClockStandsAwaitingPayment() {
        long id = dueFirstDecember(Fixtures.agency());
        Fixtures.act(id, "fee-notice", "{\"actor\":\"a\",\"on\":\"2025-11-10\",\"amountYuan\":\"100.00\"}").statusCode(OK);
        Fixtures.act(id, "custom-reply-date", "{\"actor\":\"a\",\"date\":\"2026-01-30\",\"on\":\"2025-11-20\",\"reason\":\"数量明显超过合理范围\"}")
                .statusCode(CONFLICT).body("detail", allOf(containsString("第35条"), containsString("缴费")));
        given().when().get("/api/v1/requests/" + id + "/events").then().body("type", not(hasItem("CUSTOM_REPLY_DATE")));
    }

    @Test
    void consultationAfterTheDueDateIsAConflictCitingArticle34() {
        long id = dueFirstDecember(Fixtures.agency());
        Fixtures.act(id, "consultation-start", "{\"actor\":\"a\",\"on\":\"2025-12-02\",\"party\":\"OTHER_AGENCY\"}")
                .statusCode(CONFLICT).body("detail", allOf(containsString("第34条"), containsString("2025-12-01")));
    }

    @Test
    void feeNoticeAfterTheDueDateIsAConflict() {
        long id = dueFirstDecember(Fixtures.agency());
        Fixtures.act(id, "fee-notice", "{\"actor\":\"a\",\"on\":\"2025-12-02\",\"amountYuan\":\"100.00\"}")
                .statusCode(CONFLICT).body("detail", allOf(containsString("第42条"), containsString("2025-12-01")));
        given().when().get("/api/v1/requests/" + id).then().body("clockPaused", equalTo(false)).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void lateReplyStaysLateInTheTimelinessFigures() {
        String agency = Fixtures.agency();
        long id = dueFirstDecember(agency);
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":20,\"approvedBy\":\"主任\",\"on\":\"2025-12-10\"}").statusCode(CONFLICT);
        Fixtures.act(id, "reply", "{\"actor\":\"a\",\"on\":\"2025-12-10\",\"outcome\":\"DISCLOSED\"}").statusCode(OK);
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2025").then().statusCode(OK)
                .body("agencies.'" + agency + "'.timeliness.late", equalTo(1))
                .body("agencies.'" + agency + "'.timeliness.afterExtension", equalTo(0));
    }

    @Test
    void abandonmentRecordedInJanuaryCountsInTheYearTheWindowRanOut() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "AB-1", "2025-12-15");
        Fixtures.act(id, "correction-notice", "{\"actor\":\"a\",\"on\":\"2025-12-16\",\"respondBy\":\"2025-12-30\"}").statusCode(OK);
        Fixtures.act(id, "abandon", "{\"actor\":\"a\",\"on\":\"2026-01-06\",\"outcome\":\"ABANDONED_NO_CORRECTION\"}")
                .statusCode(OK).body("concludedOn", equalTo("2025-12-30"));
        String a = "agencies.'" + agency + "'.";
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2025").then().statusCode(OK)
                .body(a + "concluded.byOutcome.ABANDONED_NO_CORRECTION.NATURAL_PERSON", equalTo(1))
                .body(a + "carriedForward.byApplicant.NATURAL_PERSON", equalTo(0));
        given().queryParam("agency", agency).when().get("/api/v1/statistics/2026").then().statusCode(OK)
                .body("agencies", not(org.hamcrest.Matchers.hasKey(agency)));
    }

    @Test
    void pre2019RequestIsGovernedByThe2008Regulation() {
        long id = Fixtures.inPerson(Fixtures.agency(), "OLD-1", "2018-09-28");
        given().when().get("/api/v1/requests/" + id + "/deadline").then().statusCode(OK)
                .body("dueOn", equalTo("2018-10-24")).body("law", equalTo("REGULATION_2008"));
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":16,\"approvedBy\":\"主任\",\"on\":\"2018-10-20\"}")
                .statusCode(BAD_REQUEST).body("violations.field", hasItem("workingDays"));
        Fixtures.act(id, "custom-reply-date", "{\"actor\":\"a\",\"date\":\"2018-12-14\",\"on\":\"2018-10-10\",\"reason\":\"数量多\"}")
                .statusCode(CONFLICT);
    }

    @Test
    void feeNoticeBefore2021IsAConflict() {
        long id = Fixtures.inPerson(Fixtures.agency(), "FEE-2020", "2020-11-02");
        Fixtures.act(id, "fee-notice", "{\"actor\":\"a\",\"on\":\"2020-11-04\",\"amountYuan\":\"100.00\"}")
                .statusCode(CONFLICT).body("detail", containsString("2021-01-01"));
    }

    @Test
    void futureAndAbsurdDatesAreBadRequests() {
        Fixtures.act(dueFirstDecember(Fixtures.agency()), "reply", "{\"actor\":\"a\",\"on\":\"2099-06-01\",\"outcome\":\"DISCLOSED\"}")
                .statusCode(BAD_REQUEST).contentType(Problem.MEDIA_TYPE).body("violations.field", hasItem("on"));
        given().contentType("application/json").body(Fixtures.registration(Fixtures.agency(), "F-1", "IN_PERSON", false, "NATURAL_PERSON",
                        "2099-03-01T10:00:00+08:00", "s"))
                .when().post("/api/v1/requests").then().statusCode(BAD_REQUEST).body("violations.field", hasItem("arrivedAt"));
        given().contentType("application/json").body(Fixtures.registration(Fixtures.agency(), "F-2", "IN_PERSON", false, "NATURAL_PERSON",
                        "1899-11-03T10:00:00+08:00", "s"))
                .when().post("/api/v1/requests").then().statusCode(BAD_REQUEST).body("violations.field", hasItem("arrivedAt"));
        given().queryParam("asOf", "1899-01-01").when().get("/api/v1/deadlines").then().statusCode(BAD_REQUEST);
    }

    @Test
    void deadlinesAsOfADayIncludeRequestsAnsweredAfterIt() {
        String agency = Fixtures.agency();
        long id = dueFirstDecember(agency);
        Fixtures.act(id, "reply", "{\"actor\":\"a\",\"on\":\"2025-12-10\",\"outcome\":\"DISCLOSED\"}").statusCode(OK);
        given().queryParam("agency", agency).queryParam("asOf", "2025-12-05").queryParam("kind", "REPLY_DUE")
                .when().get("/api/v1/deadlines").then().statusCode(OK)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].workingDaysLeft", equalTo(-4));
    }

    @Test
    void lapsedCorrectionWindowIsOfferedForTheAbandonmentRecord() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "AB-2", "2025-12-15");
        Fixtures.act(id, "correction-notice", "{\"actor\":\"a\",\"on\":\"2025-12-16\",\"respondBy\":\"2025-12-30\"}").statusCode(OK);
        given().queryParam("agency", agency).queryParam("asOf", "2026-01-05").queryParam("kind", "CORRECTION_LAPSED")
                .when().get("/api/v1/deadlines").then().statusCode(OK)
                .body("total", equalTo(1)).body("items[0].actionBy", equalTo("2025-12-30"));
    }

    @Test
    void unconfirmedOnlineRequestIsAToDo() {
        String agency = Fixtures.agency();
        long id = Fixtures.register(Fixtures.registration(agency, "U-1", "ONLINE", false, "NATURAL_PERSON", "2025-11-03T20:00:00+08:00", "s"));
        given().queryParam("agency", agency).queryParam("asOf", "2025-11-10")
                .when().get("/api/v1/deadlines").then().statusCode(OK)
                .body("items.kind", hasItem("UNCONFIRMED")).body("items.id", hasItem((int) id));
    }

    @Test
    void importLineWithoutOutcomeDoesNotReopenAConcludedRequest() {
        String agency = Fixtures.agency();
        Fixtures.importBatch(Fixtures.importLine(agency, "IMP-1", "ONLINE", "NATURAL_PERSON", "2024-03-01", "DISCLOSED", "2024-03-20"))
                .statusCode(OK);
        Fixtures.importBatch(Fixtures.importLine(agency, "IMP-1", "ONLINE", "NATURAL_PERSON", "2024-03-01", null, null))
                .statusCode(BAD_REQUEST).body("violations.field", hasItem("line 1: outcome"));
    }
}
