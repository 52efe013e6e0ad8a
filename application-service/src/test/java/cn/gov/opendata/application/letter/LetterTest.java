package cn.gov.opendata.application.letter;

import cn.gov.opendata.application.Fixtures;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.testing.ConcurrentCalls;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.Response.Status;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LetterTest {

    static final int OK = Status.OK.getStatusCode();
    static final int CREATED = Status.CREATED.getStatusCode();

    private static ValidatableResponse issue(String agency, long id, String body) {
        return given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests/" + id + "/letters").then();
    }

    private static ValidatableResponse act(String agency, long id, String action, String body) {
        return given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/requests/" + id + "/" + action).then();
    }

    private static byte[] document(String agency, long id, long letter) {
        return given().auth().oauth2(Tokens.clerk(agency))
                .when().get("/api/v1/requests/" + id + "/letters/" + letter + "/document")
                .then().statusCode(OK).contentType(cn.gov.opendata.application.letter.rest.LetterResource.DOCX)
                .extract().asByteArray();
    }

    static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    static String chinese(String isoDate) {
        return ChineseDates.format(LocalDate.parse(isoDate));
    }

    private static void letterhead(String agency) {
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON)
                .body("{\"agencyName\":\"周口市扶沟县人民政府\",\"numberPattern\":\"扶政依申〔{year}〕{seq:3}号\"}")
                .when().put("/api/v1/letter-settings/" + agency).then().statusCode(OK);
    }

    @Test
    void replyAndExtensionLettersStateTheDatesTheArticleTheReasonsAndTheRemedies() throws Exception {
        String agency = Fixtures.agency();
        letterhead(agency);
        long id = Fixtures.inPerson(agency, "L-1", "2024-03-04");
        act(agency, id, "correction-notice", "{\"actor\":\"王科员\",\"reason\":\"未写明所需文件的名称或文号\",\"on\":\"2024-03-06\"}").statusCode(OK);
        act(agency, id, "corrected", "{\"actor\":\"王科员\",\"on\":\"2024-03-11\"}").statusCode(OK);
        String dueBefore = act(agency, id, "extension", "{\"actor\":\"王科员\",\"reason\":\"需要调取档案\",\"workingDays\":20,\"approvedBy\":\"李主任\",\"on\":\"2024-03-25\"}")
                .statusCode(OK).extract().path("dueOn");
        act(agency, id, "reply", "{\"actor\":\"王科员\",\"reason\":\"第3项涉及他人个人隐私\",\"on\":\"2024-04-15\",\"outcome\":\"PARTIALLY_DISCLOSED\"}").statusCode(OK);

        long extension = issue(agency, id, "{\"kind\":\"EXTENSION_NOTICE\",\"actor\":\"王科员\"}")
                .statusCode(CREATED)
                .body("documentNumber", equalTo("扶政依申〔2024〕001号"))
                .body("issuedOn", equalTo("2024-03-25"))
                .extract().jsonPath().getLong("id");
        long reply = issue(agency, id, "{\"kind\":\"REPLY\",\"actor\":\"王科员\"}")
                .statusCode(CREATED)
                .body("documentNumber", equalTo("扶政依申〔2024〕002号"))
                .body("outcome", equalTo("PARTIALLY_DISCLOSED"))
                .extract().jsonPath().getLong("id");

        String extensionText = text(document(agency, id, extension));
        assertTrue(extensionText.contains("政府信息公开延期答复告知书"), extensionText);
        assertTrue(extensionText.contains("扶政依申〔2024〕001号"));
        assertTrue(extensionText.contains("张三："), "addressed to this request's applicant");
        assertTrue(extensionText.contains("第三十三条第二款"));
        assertTrue(extensionText.contains("李主任"));
        assertTrue(extensionText.contains("延长20个工作日"));
        assertTrue(extensionText.contains("将于" + chinese(dueBefore) + "前作出答复"), extensionText);
        assertTrue(extensionText.contains("周口市扶沟县人民政府"));
        assertTrue(extensionText.contains("2024年3月25日"));

        String replyText = text(document(agency, id, reply));
        assertTrue(replyText.contains("政府信息公开申请答复书"));
        assertTrue(replyText.contains("本机关于2024年3月4日收到您提出的政府信息公开申请（申请编号：L-1）"), replyText);
        assertTrue(replyText.contains("本机关对可以公开的部分予以公开"));
        assertTrue(replyText.contains("理由：第3项涉及他人个人隐私"));
        assertTrue(replyText.contains("《中华人民共和国政府信息公开条例》（国务院令第711号）第三十七条"));
        assertTrue(replyText.contains("60日内依法申请行政复议"));
        assertTrue(replyText.contains("6个月内依法向人民法院提起行政诉讼"));
        assertTrue(replyText.contains("2024年4月15日"));
    }

    @Test
    void aRequestReceivedBefore15May2019IsAnsweredUnderThe2008Regulation() throws Exception {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "L-OLD", "2019-05-10");
        act(agency, id, "reply", "{\"actor\":\"王科员\",\"on\":\"2019-05-20\",\"outcome\":\"NOT_HELD\"}").statusCode(OK);
        long reply = issue(agency, id, "{\"kind\":\"REPLY\",\"actor\":\"王科员\"}").statusCode(CREATED)
                .body("documentNumber", equalTo("依申请公开〔2019〕第1号")).extract().jsonPath().getLong("id");
        String text = text(document(agency, id, reply));
        assertTrue(text.contains("（国务院令第492号）第二十一条第（三）项"), text);
        assertTrue(text.contains("该政府信息不存在"));
        assertTrue(text.contains(agency), "without a letterhead the agency code stands for the name");
    }

    @Test
    void receiptOfAnOnlineRequestIsARegistrationSlipUntilConfirmed() throws Exception {
        String agency = Fixtures.agency();
        long id = Fixtures.register(Fixtures.registration(agency, "L-2", "ONLINE", false, "NATURAL_PERSON", "2024-05-06T21:00:00+08:00", "征地补偿"));
        long slip = issue(agency, id, "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}").statusCode(CREATED).extract().jsonPath().getLong("id");
        String slipText = text(document(agency, id, slip));
        assertTrue(slipText.contains("政府信息公开申请登记回执"), slipText);
        assertTrue(slipText.contains("第三十一条"));
        assertTrue(slipText.contains("以双方确认之日为收到申请之日"));

        String due = act(agency, id, "confirm-receipt", "{\"actor\":\"王科员\",\"on\":\"2024-05-07\"}").statusCode(OK).extract().path("dueOn");
        long receipt = issue(agency, id, "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}").statusCode(CREATED)
                .body("issuedOn", equalTo("2024-05-07")).extract().jsonPath().getLong("id");
        String receiptText = text(document(agency, id, receipt));
        assertTrue(receiptText.contains("政府信息公开申请受理回执"), receiptText);
        assertTrue(receiptText.contains("本机关收到申请之日为2024年5月7日"));
        assertTrue(receiptText.contains("20个工作日内（即" + chinese(due) + "前）"), receiptText);
    }

    @Test
    void aConsultationLetterNamesNoApplicant() throws Exception {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "L-3", "2024-03-04");
        act(agency, id, "consultation-start", "{\"actor\":\"王科员\",\"on\":\"2024-03-05\",\"party\":\"THIRD_PARTY\"}").statusCode(OK);
        long letter = issue(agency, id, "{\"kind\":\"THIRD_PARTY_CONSULTATION\",\"actor\":\"王科员\",\"recipient\":\"某某建筑有限公司\"}")
                .statusCode(CREATED).body("recipient", equalTo("某某建筑有限公司")).extract().jsonPath().getLong("id");
        String text = text(document(agency, id, letter));
        assertTrue(text.contains("某某建筑有限公司："));
        assertTrue(text.contains("第三十二条"));
        assertTrue(text.contains("15个工作日"));
        assertFalse(text.contains("张三"), "the third party is not told who asked");
        assertFalse(text.contains("410100199001011231"));
    }

    @Test
    void aLetterTheHistoryDoesNotSupportIsRefusedAndTakesNoNumber() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "L-4", "2024-03-04");
        issue(agency, id, "{\"kind\":\"EXTENSION_NOTICE\",\"actor\":\"王科员\"}").statusCode(Status.CONFLICT.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        issue(agency, id, "{\"kind\":\"REPLY\",\"actor\":\"王科员\"}").statusCode(Status.CONFLICT.getStatusCode());
        issue(agency, id, "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}").statusCode(CREATED).body("number", equalTo(1));
    }

    @Test
    void badInputIsAProblemNotAnError() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "L-5", "2024-03-04");
        issue(agency, id, "{\"kind\":\"NO_SUCH_KIND\",\"actor\":\"王科员\"}").statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        issue(agency, id, "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\",\"on\":\"2024-03-01\"}").statusCode(Status.CONFLICT.getStatusCode());
        issue(agency, id, "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\",\"recipient\":\"某人\"}").statusCode(Status.BAD_REQUEST.getStatusCode());
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON)
                .body("{\"agencyName\":\"某机关\",\"numberPattern\":\"某〔2024〕{seq}号\"}")
                .when().put("/api/v1/letter-settings/" + agency).then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations.field", hasItem("numberPattern"));
    }

    @Test
    void deliveryIsRecordedOnceOnTheLetterAndInTheHistory() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "L-6", "2024-03-04");
        long letter = issue(agency, id, "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}").statusCode(CREATED).extract().jsonPath().getLong("id");
        String delivery = "{\"method\":\"POST\",\"on\":\"2024-03-06\",\"actor\":\"王科员\"}";
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON).body(delivery)
                .when().post("/api/v1/requests/" + id + "/letters/" + letter + "/delivery")
                .then().statusCode(OK).body("deliveryMethod", equalTo("POST")).body("deliveredOn", equalTo("2024-03-06"));
        given().auth().oauth2(Tokens.clerk(agency)).contentType(ContentType.JSON).body(delivery)
                .when().post("/api/v1/requests/" + id + "/letters/" + letter + "/delivery")
                .then().statusCode(Status.CONFLICT.getStatusCode());
        given().when().get("/api/v1/requests/" + id + "/events")
                .then().body("type", contains("REGISTERED", "LETTER_DELIVERED"))
                .body("[1].on", equalTo("2024-03-06"));
        given().when().get("/api/v1/requests/" + id).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void onlyTheOwningAgencysClerksReadTheDocuments() {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "L-7", "2024-03-04");
        long letter = issue(agency, id, "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}").statusCode(CREATED).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.supervisor("sup-" + agency, agency)).when().get("/api/v1/requests/" + id + "/letters")
                .then().statusCode(OK).body("documentNumber", contains("依申请公开〔2024〕第1号"));
        given().auth().oauth2(Tokens.supervisor("sup-" + agency, agency)).when().get("/api/v1/requests/" + id + "/letters/" + letter + "/document")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().when().get("/api/v1/requests/" + id + "/letters/" + letter + "/document")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        // another agency's clerk is not told the request exists (as GET /requests/{id} answers)
        given().auth().oauth2(Tokens.clerk(Fixtures.agency())).when().get("/api/v1/requests/" + id + "/letters")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        issue(Fixtures.agency(), id, "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}").statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void theStoredHashIsTheDocumentsSha256() throws Exception {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "L-8", "2024-03-04");
        String sha = issue(agency, id, "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}").statusCode(CREATED).extract().path("sha256");
        long letter = given().auth().oauth2(Tokens.clerk(agency)).when().get("/api/v1/requests/" + id + "/letters")
                .then().extract().jsonPath().getLong("[0].id");
        byte[] docx = document(agency, id, letter);
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)));
    }

    @Test
    void twentyConcurrentIssuersGetTwentyConsecutiveNumbers() throws Exception {
        String agency = Fixtures.agency();
        List<Long> ids = IntStream.range(0, 20).mapToObj(i -> Fixtures.inPerson(agency, "C-" + i, "2024-06-03")).toList();
        String token = Tokens.clerk(agency);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> numbers = new ArrayList<>();
            for (long id : ids) {
                Callable<Integer> issuing = () -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}")
                            .when().post("/api/v1/requests/" + id + "/letters")
                            .then().statusCode(CREATED).extract().path("number");
                };
                numbers.add(pool.submit(issuing));
            }
            start.countDown();
            TreeSet<Integer> got = new TreeSet<>();
            for (Future<Integer> n : numbers) {
                got.add(n.get());
            }
            assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), new ArrayList<>(got));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetriedIssueAnswersTheLetterItMadeEvenWhenTheRetriesRace() throws Exception {
        String agency = Fixtures.agency();
        long id = Fixtures.inPerson(agency, "R-1", "2024-06-03");
        String body = "{\"kind\":\"RECEIPT\",\"actor\":\"王科员\"}";
        List<Integer> statuses = ConcurrentCalls.statuses(10, i -> issue(agency, id, body).extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == CREATED).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == OK).count(), statuses.toString());
        issue(agency, id, body).statusCode(OK).body("number", equalTo(1));
        given().auth().oauth2(Tokens.clerk(agency)).when().get("/api/v1/requests/" + id + "/letters")
                .then().statusCode(OK).body("number", contains(1));

        // another clerk, or another step of the history, is another letter with the next number
        issue(agency, id, "{\"kind\":\"RECEIPT\",\"actor\":\"李科员\"}").statusCode(CREATED).body("number", equalTo(2));
        act(agency, id, "extension", "{\"actor\":\"王科员\",\"reason\":\"需要调取档案\",\"workingDays\":20,\"approvedBy\":\"李主任\",\"on\":\"2024-06-20\"}")
                .statusCode(OK);
        issue(agency, id, "{\"kind\":\"EXTENSION_NOTICE\",\"actor\":\"王科员\"}").statusCode(CREATED).body("number", equalTo(3));
        issue(agency, id, "{\"kind\":\"EXTENSION_NOTICE\",\"actor\":\"王科员\"}").statusCode(OK).body("number", equalTo(3));
    }
}
