package cn.gov.opendata.disclosure.item;

import cn.gov.opendata.disclosure.TestData;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DisclosureItemResourceTest {

    private static final String ITEMS = "/api/v1/disclosures";

    static void create(Map<String, Object> item) {
        given().contentType(ContentType.JSON).body(item).when().post(ITEMS)
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void createAnswersCreatedWithLocationAndTheItem() {
        String agency = TestData.agency();
        Map<String, Object> item = TestData.item(agency, "ZK-2018-000001");
        item.put("channels", List.of("WECHAT", "WEBSITE"));
        item.put("publishedAt", "2018-03-02T01:30:00Z");
        given().contentType(ContentType.JSON).body(item).when().post(ITEMS)
                .then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith(ITEMS + "/" + agency + "/ZK-2018-000001"))
                .body("agency", equalTo(agency))
                .body("indexNumber", equalTo("ZK-2018-000001"))
                .body("category", equalTo("NOTICE"))
                .body("publishedAt", equalTo("2018-03-02T09:30:00+08:00"))
                .body("channels", contains("WEBSITE", "WECHAT"))
                .body("documentNumber", nullValue())
                .body("version", equalTo(0));

        given().when().get(ITEMS + "/" + agency + "/ZK-2018-000001")
                .then().statusCode(Status.OK.getStatusCode())
                .body("title", equalTo("关于做好2018年防汛工作的通知"));
    }

    @Test
    void indexNumbersWithSlashesWorkInPaths() {
        String agency = TestData.agency();
        String index = agency + "/2018-00001";
        given().contentType(ContentType.JSON).body(TestData.item(agency, index)).when().post(ITEMS)
                .then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith(ITEMS + "/" + agency + "/" + index));
        given().when().get(ITEMS + "/" + agency + "/" + index)
                .then().statusCode(Status.OK.getStatusCode())
                .body("indexNumber", equalTo(index));
        given().when().delete(ITEMS + "/" + agency + "/" + index)
                .then().statusCode(Status.NO_CONTENT.getStatusCode());
    }

    @Test
    void postingAnExistingKeyIsConflict() {
        String agency = TestData.agency();
        create(TestData.item(agency, "A-1"));
        given().contentType(ContentType.JSON).body(TestData.item(agency, "A-1")).when().post(ITEMS)
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(409));
    }

    @Test
    void postWithoutKeyIsBadRequest() {
        Map<String, Object> item = TestData.item(null, null);
        given().contentType(ContentType.JSON).body(item).when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("agency"))
                .body("violations.field", hasItem("indexNumber"));
    }

    @Test
    void putCreatesThenReplacesWithTheCurrentVersion() {
        String agency = TestData.agency();
        Map<String, Object> item = TestData.item(agency, "P-1");
        item.remove("agency");
        item.remove("indexNumber");
        given().contentType(ContentType.JSON).body(item).when().put(ITEMS + "/" + agency + "/P-1")
                .then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith(ITEMS + "/" + agency + "/P-1"))
                .body("version", equalTo(0));

        item.put("title", "更正后的标题");
        item.put("version", 0);
        given().contentType(ContentType.JSON).body(item).when().put(ITEMS + "/" + agency + "/P-1")
                .then().statusCode(Status.OK.getStatusCode())
                .body("title", equalTo("更正后的标题"))
                .body("version", equalTo(1));
    }

    @Test
    void replacingWithAStaleVersionIsConflict() {
        String agency = TestData.agency();
        create(TestData.item(agency, "S-1"));
        Map<String, Object> item = TestData.item(agency, "S-1");
        item.put("version", 0);
        given().contentType(ContentType.JSON).body(item).when().put(ITEMS + "/" + agency + "/S-1")
                .then().statusCode(Status.OK.getStatusCode());
        item.put("title", "another title");
        given().contentType(ContentType.JSON).body(item).when().put(ITEMS + "/" + agency + "/S-1")
                .then().statusCode(Status.OK.getStatusCode()).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(item).when().put(ITEMS + "/" + agency + "/S-1")
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void resendingTheStoredItemWithoutVersionChangesNothing() {
        String agency = TestData.agency();
        create(TestData.item(agency, "V-1"));
        given().contentType(ContentType.JSON).body(TestData.item(agency, "V-1")).when().put(ITEMS + "/" + agency + "/V-1")
                .then().statusCode(Status.OK.getStatusCode())
                .body("version", equalTo(0));
    }

    @Test
    void replacingWithOtherContentWithoutVersionIsConflict() {
        String agency = TestData.agency();
        create(TestData.item(agency, "V-2"));
        Map<String, Object> changed = TestData.item(agency, "V-2");
        changed.put("title", "另一个标题");
        given().contentType(ContentType.JSON).body(changed).when().put(ITEMS + "/" + agency + "/V-2")
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().when().get(ITEMS + "/" + agency + "/V-2")
                .then().body("title", equalTo("关于做好2018年防汛工作的通知")).body("version", equalTo(0));
    }

    @Test
    void bodyKeyDifferentFromThePathIsBadRequest() {
        String agency = TestData.agency();
        given().contentType(ContentType.JSON).body(TestData.item(agency, "OTHER-1")).when().put(ITEMS + "/" + agency + "/M-1")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("indexNumber"));
        given().when().get(ITEMS + "/" + agency + "/M-1").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void issueDatesAreOnlyForNormativeActs() {
        String agency = TestData.agency();
        Map<String, Object> item = TestData.item(agency, "N-1");
        item.put("issuedOn", "2018-01-01");
        given().contentType(ContentType.JSON).body(item).when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("issuedOn"));
    }

    @Test
    void normativeActNeedsIssueDate() {
        Map<String, Object> act = TestData.act(TestData.agency(), "R-1", "REGULATION", null, null);
        given().contentType(ContentType.JSON).body(act).when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("issuedOn"))
                .body("violations[0].message", containsString("required"));
    }

    @Test
    void repealBeforeIssueIsBadRequest() {
        Map<String, Object> act = TestData.act(TestData.agency(), "R-2", "NORMATIVE_DOCUMENT", "2018-05-01", "2018-04-30");
        given().contentType(ContentType.JSON).body(act).when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("repealedOn"));
    }

    @Test
    void emptyChannelsAndBlankTitleAreBadRequest() {
        Map<String, Object> item = TestData.item(TestData.agency(), "C-1");
        item.put("channels", List.of());
        item.put("title", " ");
        given().contentType(ContentType.JSON).body(item).when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("channels", "title"));
    }

    @Test
    void malformedJsonIsProblemJson() {
        given().contentType(ContentType.JSON).body("{\"agency\" x}").when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"));
    }

    @Test
    void unknownFieldIsProblemJson() {
        Map<String, Object> item = TestData.item(TestData.agency(), "U-1");
        item.put("colour", "red");
        given().contentType(ContentType.JSON).body(item).when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("colour"));
    }

    @Test
    void wrongTypesAreProblemJson() {
        Map<String, Object> item = TestData.item(TestData.agency(), "W-1");
        item.put("category", "GOSSIP");
        given().contentType(ContentType.JSON).body(item).when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("category"));
        item.put("category", "NOTICE");
        item.put("publishedAt", "yesterday");
        given().contentType(ContentType.JSON).body(item).when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("publishedAt"));
    }

    @Test
    void invalidAgencyCodeIsBadRequest() {
        given().contentType(ContentType.JSON).body(TestData.item("Bad Agency", "X-1")).when().post(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("agency"));
    }

    @Test
    void deleteRemovesTheItem() {
        String agency = TestData.agency();
        create(TestData.item(agency, "D-1"));
        given().when().delete(ITEMS + "/" + agency + "/D-1").then().statusCode(Status.NO_CONTENT.getStatusCode());
        given().when().get(ITEMS + "/" + agency + "/D-1").then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().when().delete(ITEMS + "/" + agency + "/D-1").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void listFiltersByAgencyYearCategoryChannelAndTitle() {
        String agency = TestData.agency();
        Map<String, Object> a = TestData.item(agency, "L-1");
        a.put("channels", List.of("WEBSITE", "WEIBO"));
        a.put("title", "Flood Prevention notice");
        Map<String, Object> b = TestData.item(agency, "L-2");
        b.put("category", "FINANCE");
        b.put("publishedAt", "2019-01-05T10:00:00+08:00");
        Map<String, Object> c = TestData.item(agency, "L-3");
        c.put("channels", List.of("GAZETTE"));
        create(a);
        create(b);
        create(c);

        given().queryParam("agency", agency).when().get(ITEMS)
                .then().statusCode(Status.OK.getStatusCode())
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.indexNumber", contains("L-1", "L-2", "L-3"));
        given().queryParam("agency", agency).queryParam("year", 2018).when().get(ITEMS)
                .then().body("items.indexNumber", contains("L-1", "L-3"));
        given().queryParam("agency", agency).queryParam("channel", "WEIBO").when().get(ITEMS)
                .then().body("items.indexNumber", contains("L-1"));
        given().queryParam("agency", agency).queryParam("category", "FINANCE").when().get(ITEMS)
                .then().body("items.indexNumber", contains("L-2"));
        given().queryParam("agency", agency).queryParam("q", "flood").when().get(ITEMS)
                .then().body("items.indexNumber", contains("L-1"));
        given().queryParam("agency", agency).queryParam("q", "%").when().get(ITEMS)
                .then().body("total", equalTo(0));
        given().queryParam("agency", agency).queryParam("size", 2).queryParam("page", 1).when().get(ITEMS)
                .then().body("items.indexNumber", contains("L-3")).body("total", equalTo(3));
    }

    @Test
    void pageSizeAbove500IsBadRequest() {
        given().queryParam("size", 501).when().get(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void unknownChannelFilterIsBadRequest() {
        given().queryParam("channel", "TV").when().get(ITEMS)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("channel"));
    }
}
