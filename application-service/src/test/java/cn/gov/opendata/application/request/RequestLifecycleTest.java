package cn.gov.opendata.application.request;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RequestLifecycleTest {

    static final int OK = Status.OK.getStatusCode();
    static final int CONFLICT = Status.CONFLICT.getStatusCode();
    static final int BAD_REQUEST = Status.BAD_REQUEST.getStatusCode();

    private static long online(String agency, String arrivedAt) {
        return Fixtures.register(Fixtures.registration(agency, "N-" + System.nanoTime(), "ONLINE", false, "NATURAL_PERSON", arrivedAt, "征地补偿"));
    }

    @Test
    void confirmingReceiptStartsTheClock() {
        long id = online(Fixtures.agency(), "2018-09-27T20:00:00+08:00");
        Fixtures.act(id, "confirm-receipt", "{\"actor\":\"王科员\",\"on\":\"2018-09-28\"}")
                .statusCode(OK)
                .body("receivedOn", equalTo("2018-09-28"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("dueOn", equalTo("2018-10-24"));
    }

    @Test
    void confirmingBeforeArrivalIsAConflict() {
        long id = online(Fixtures.agency(), "2018-09-27T20:00:00+08:00");
        Fixtures.act(id, "confirm-receipt", "{\"actor\":\"王科员\",\"on\":\"2018-09-26\"}")
                .statusCode(CONFLICT).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void replyBeforeReceiptIsAConflictAndChangesNothing() {
        long id = online(Fixtures.agency(), "2018-09-27T20:00:00+08:00");
        Fixtures.act(id, "reply", "{\"actor\":\"王科员\",\"on\":\"2018-10-09\",\"outcome\":\"DISCLOSED\"}")
                .statusCode(CONFLICT).contentType(Problem.MEDIA_TYPE);
        given().when().get("/api/v1/requests/" + id + "/events").then().body("", hasSize(1));
        given().when().get("/api/v1/requests/" + id).then().body("status", equalTo("AWAITING_CONFIRMATION"));
    }

    @Test
    void replyDatedBeforeReceiptIsAConflict() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-1", "2018-09-28");
        Fixtures.act(id, "reply", "{\"actor\":\"王科员\",\"on\":\"2018-09-27\",\"outcome\":\"DISCLOSED\"}")
                .statusCode(CONFLICT)
                .body("detail", containsString("receipt"));
    }

    @Test
    void replyConcludesAndRecordsTheOutcome() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-2", "2018-09-28");
        Fixtures.act(id, "reply", "{\"actor\":\"王科员\",\"reason\":\"全部公开\",\"on\":\"2018-10-09\",\"outcome\":\"DISCLOSED\"}")
                .statusCode(OK)
                .body("status", equalTo("CONCLUDED"))
                .body("outcome", equalTo("DISCLOSED"))
                .body("concludedOn", equalTo("2018-10-09"))
                .body("workingDaysLeft", nullValue())
                .body("overdue", equalTo(false));
        given().when().get("/api/v1/requests/" + id + "/events")
                .then().body("type", contains("REGISTERED", "REPLIED"))
                .body("[1].actor", equalTo("王科员"))
                .body("[1].reason", equalTo("全部公开"));
    }

    @Test
    void concludedRequestAcceptsNoFurtherAction() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-3", "2018-09-28");
        Fixtures.act(id, "reply", "{\"actor\":\"a\",\"on\":\"2018-10-09\",\"outcome\":\"NOT_HELD\"}").statusCode(OK);
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":5,\"approvedBy\":\"主任\"}").statusCode(CONFLICT);
        Fixtures.act(id, "reply", "{\"actor\":\"a\",\"on\":\"2018-10-10\",\"outcome\":\"DISCLOSED\"}").statusCode(CONFLICT);
        given().when().get("/api/v1/requests/" + id).then().body("outcome", equalTo("NOT_HELD"));
    }

    @Test
    void secondExtensionIsAConflict() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-4", "2018-09-28");
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":15,\"approvedBy\":\"主任\",\"on\":\"2018-10-19\"}")
                .statusCode(OK).body("dueOn", equalTo("2018-11-14")).body("extended", equalTo(true));
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":1,\"approvedBy\":\"主任\"}")
                .statusCode(CONFLICT).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void extensionOverTwentyWorkingDaysIsRejected() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-5", "2018-09-28");
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":21,\"approvedBy\":\"主任\"}")
                .statusCode(BAD_REQUEST)
                .body("violations.field", hasItem("workingDays"));
    }

    @Test
    void actionWithoutActorIsRejected() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-6", "2018-09-28");
        Fixtures.act(id, "withdraw", "{\"on\":\"2018-10-01\"}")
                .statusCode(BAD_REQUEST)
                .body("violations.field", hasItem("actor"));
    }

    @Test
    void correctionRestartsTheClockAndIsAllowedOnce() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-7", "2018-09-28");
        Fixtures.act(id, "correction-notice", "{\"actor\":\"a\",\"on\":\"2018-10-08\"}")
                .statusCode(OK).body("status", equalTo("AWAITING_CORRECTION")).body("dueOn", nullValue());
        Fixtures.act(id, "correction-notice", "{\"actor\":\"a\",\"on\":\"2018-10-09\"}").statusCode(CONFLICT);
        Fixtures.act(id, "corrected", "{\"actor\":\"a\",\"on\":\"2018-10-15\"}")
                .statusCode(OK).body("status", equalTo("IN_PROGRESS")).body("dueOn", equalTo("2018-11-05"));
    }

    @Test
    void correctionNoticeLaterThanSevenWorkingDaysIsAConflict() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-8", "2019-06-03");
        Fixtures.act(id, "correction-notice", "{\"actor\":\"a\",\"on\":\"2019-06-14\"}")
                .statusCode(CONFLICT).body("detail", containsString("2019-06-13"));
    }

    @Test
    void abandonmentOnlyAfterTheCorrectionWindowLapses() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-9", "2018-09-28");
        Fixtures.act(id, "correction-notice", "{\"actor\":\"a\",\"on\":\"2018-10-08\",\"respondBy\":\"2018-10-22\"}").statusCode(OK);
        Fixtures.act(id, "abandon", "{\"actor\":\"a\",\"on\":\"2018-10-22\",\"outcome\":\"ABANDONED_NO_CORRECTION\"}").statusCode(CONFLICT);
        Fixtures.act(id, "abandon", "{\"actor\":\"a\",\"on\":\"2018-10-23\",\"outcome\":\"ABANDONED_NO_FEE\"}").statusCode(CONFLICT);
        Fixtures.act(id, "abandon", "{\"actor\":\"a\",\"on\":\"2018-10-23\",\"outcome\":\"ABANDONED_NO_CORRECTION\"}")
                .statusCode(OK).body("outcome", equalTo("ABANDONED_NO_CORRECTION")).body("concludedOn", equalTo("2018-10-22")); // dated the day the window ran out (DOMAIN.md §3.2), not the day recorded
    }

    @Test
    void abandonWithAnotherOutcomeIsRejected() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-10", "2018-09-28");
        Fixtures.act(id, "abandon", "{\"actor\":\"a\",\"on\":\"2018-10-23\",\"outcome\":\"DISCLOSED\"}")
                .statusCode(BAD_REQUEST).body("violations.field", hasItem("outcome"));
    }

    @Test
    void consultationPausesTheClock() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-11", "2018-09-17");
        Fixtures.act(id, "consultation-start", "{\"actor\":\"a\",\"on\":\"2018-09-19\",\"party\":\"THIRD_PARTY\"}")
                .statusCode(OK).body("status", equalTo("IN_CONSULTATION"));
        Fixtures.act(id, "consultation-end", "{\"actor\":\"a\",\"on\":\"2018-10-12\"}")
                .statusCode(OK).body("status", equalTo("IN_PROGRESS")).body("dueOn", equalTo("2018-10-31"));
    }

    @Test
    void unpaidFeeStopsTheClockUntilPayment() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-12", "2018-09-28");
        Fixtures.act(id, "fee-notice", "{\"actor\":\"a\",\"on\":\"2018-10-10\",\"amountYuan\":\"300.00\"}")
                .statusCode(OK).body("status", equalTo("AWAITING_PAYMENT")).body("dueOn", nullValue()).body("clockPaused", equalTo(true));
        Fixtures.act(id, "fee-paid", "{\"actor\":\"a\",\"on\":\"2018-10-17\"}")
                .statusCode(OK).body("dueOn", equalTo("2018-10-31"));
        Fixtures.act(id, "reply", "{\"actor\":\"a\",\"on\":\"2018-11-01\",\"outcome\":\"DISCLOSED\"}")
                .statusCode(OK).body("feeChargedYuan", equalTo("300.00"));
    }

    @Test
    void nonPaymentAfterTheWindowIsAbandonment() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-13", "2018-09-28");
        // payment window: 20 working days after 2018-10-10 = 2018-11-07
        Fixtures.act(id, "fee-notice", "{\"actor\":\"a\",\"on\":\"2018-10-10\",\"amountYuan\":\"100\"}").statusCode(OK);
        Fixtures.act(id, "abandon", "{\"actor\":\"a\",\"on\":\"2018-11-07\",\"outcome\":\"ABANDONED_NO_FEE\"}").statusCode(CONFLICT);
        Fixtures.act(id, "abandon", "{\"actor\":\"a\",\"on\":\"2018-11-08\",\"outcome\":\"ABANDONED_NO_FEE\"}")
                .statusCode(OK).body("outcome", equalTo("ABANDONED_NO_FEE"));
    }

    @Test
    void customReplyDateMustBeLaterThanTheDueDate() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-14", "2019-06-03");
        Fixtures.act(id, "custom-reply-date", "{\"actor\":\"a\",\"date\":\"2019-07-01\",\"reason\":\"数量明显超过合理范围\",\"on\":\"2019-06-10\"}").statusCode(CONFLICT);
        Fixtures.act(id, "custom-reply-date", "{\"actor\":\"a\",\"date\":\"2019-08-15\",\"reason\":\"数量明显超过合理范围\",\"on\":\"2019-06-10\"}")
                .statusCode(OK).body("dueOn", equalTo("2019-08-15"));
    }

    @Test
    void withdrawalConcludesAsOther() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-15", "2018-09-28");
        Fixtures.act(id, "withdraw", "{\"actor\":\"a\",\"on\":\"2018-10-08\",\"reason\":\"申请人撤回\"}")
                .statusCode(OK).body("outcome", equalTo("OTHER")).body("status", equalTo("CONCLUDED"));
    }

    @Test
    void alreadyPublicReplyNamesWhereItWasPublished() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-16", "2018-09-28");
        Fixtures.act(id, "reply", """
                {"actor":"a","on":"2018-10-08","outcome":"ALREADY_PUBLIC","publishedAt":{"agency":"zk-gov","indexNumber":"11411600/2018-00012"}}""")
                .statusCode(OK)
                .body("publishedAt.agency", equalTo("zk-gov"))
                .body("publishedAt.indexNumber", equalTo("11411600/2018-00012"));
    }

    @Test
    void publishedAtWithAnotherOutcomeIsRejected() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-17", "2018-09-28");
        Fixtures.act(id, "reply", """
                {"actor":"a","on":"2018-10-08","outcome":"DISCLOSED","publishedAt":{"agency":"zk-gov","indexNumber":"1"}}""")
                .statusCode(BAD_REQUEST).body("violations.field", hasItem("publishedAt"));
    }

    @Test
    void eventsOutOfDateOrderAreAConflict() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-18", "2018-09-28");
        Fixtures.act(id, "consultation-start", "{\"actor\":\"a\",\"on\":\"2018-10-10\",\"party\":\"THIRD_PARTY\"}").statusCode(OK);
        Fixtures.act(id, "consultation-end", "{\"actor\":\"a\",\"on\":\"2018-10-09\"}").statusCode(CONFLICT);
    }

    @Test
    void theRegulationOf2008KnowsNoConsultationOfAnotherAgency() {
        long old = Fixtures.inPerson(Fixtures.agency(), "X-18a", "2019-05-14");
        Fixtures.act(old, "consultation-start", "{\"actor\":\"a\",\"on\":\"2019-05-16\",\"party\":\"OTHER_AGENCY\"}")
                .statusCode(CONFLICT).contentType(Problem.MEDIA_TYPE).body("detail", containsString("第34条"));
        Fixtures.act(old, "consultation-start", "{\"actor\":\"a\",\"on\":\"2019-05-16\",\"party\":\"THIRD_PARTY\"}").statusCode(OK);
        long revised = Fixtures.inPerson(Fixtures.agency(), "X-18b", "2019-05-15");
        Fixtures.act(revised, "consultation-start", "{\"actor\":\"a\",\"on\":\"2019-05-16\",\"party\":\"OTHER_AGENCY\"}").statusCode(OK);
    }

    @Test
    void actionOnUnknownRequestIsNotFound() {
        Fixtures.act(999_999_999L, "withdraw", "{\"actor\":\"a\",\"on\":\"2018-10-08\"}")
                .statusCode(Status.NOT_FOUND.getStatusCode()).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void deadlineExplainsEachStepWithItsArticle() {
        long id = Fixtures.inPerson(Fixtures.agency(), "X-19", "2018-09-17");
        Fixtures.act(id, "consultation-start", "{\"actor\":\"a\",\"on\":\"2018-09-19\",\"party\":\"THIRD_PARTY\"}").statusCode(OK);
        Fixtures.act(id, "consultation-end", "{\"actor\":\"a\",\"on\":\"2018-10-12\"}").statusCode(OK);
        Fixtures.act(id, "extension", "{\"actor\":\"a\",\"workingDays\":10,\"approvedBy\":\"主任\",\"on\":\"2018-10-20\"}").statusCode(OK);
        given().queryParam("asOf", "2018-11-19")
                .when().get("/api/v1/requests/" + id + "/deadline")
                .then().statusCode(OK)
                .body("dueOn", equalTo("2018-11-14"))
                .body("workingDaysLeft", equalTo(-3))
                .body("overdue", equalTo(true))
                .body("steps.type", contains("RECEIVED", "CONSULTATION_STARTED", "CONSULTATION_ENDED", "EXTENSION"))
                .body("steps.article", contains("第24条", "第23条、第24条", "第23条、第24条", "第24条")) // 2008 条例: received before 2019-05-15
                .body("steps[2].workingDays", equalTo(13))
                .body("steps[3].shiftWorkingDays", equalTo(10));
    }

    @Test
    void deadlinesListShowsRequestsDueSoonAndOverdue() {
        String agency = Fixtures.agency();
        long dueSoon = Fixtures.inPerson(agency, "D-1", "2018-09-28");   // 2008 条例, 15 working days: due 2018-10-24
        long overdue = Fixtures.inPerson(agency, "D-2", "2018-09-03");   // due 2018-09-25 (24 September is 中秋)
        long later = Fixtures.inPerson(agency, "D-3", "2018-10-22");
        long closed = Fixtures.inPerson(agency, "D-4", "2018-09-03");
        Fixtures.act(closed, "reply", "{\"actor\":\"a\",\"on\":\"2018-09-20\",\"outcome\":\"DISCLOSED\"}").statusCode(OK);
        given().queryParam("agency", agency).queryParam("within", 5).queryParam("asOf", "2018-10-26")
                .when().get("/api/v1/deadlines")
                .then().statusCode(OK)
                .body("total", equalTo(2))
                .body("items.id", contains((int) overdue, (int) dueSoon))
                .body("items[0].overdue", equalTo(true))
                .body("items[1].overdue", equalTo(true))
                .body("items[1].workingDaysLeft", equalTo(-2));
    }
}
