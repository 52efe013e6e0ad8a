package cn.gov.opendata.disclosure.item;

import cn.gov.opendata.disclosure.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The public catalogue's pages are cacheable by HTTP: ETag and Last-Modified, 304 on revalidation (issue 24). */
@QuarkusTest
class CatalogueCachingTest {

    private static final String ITEMS = "/api/v1/disclosures";

    private static ExtractableResponse<Response> page(String agency) {
        return given().auth().none().queryParam("agency", agency).queryParam("year", 2018).queryParam("size", 20)
                .when().get(ITEMS).then().statusCode(Status.OK.getStatusCode())
                .header("Cache-Control", "no-cache").extract();
    }

    @Test
    void aPageHeldByTheClientIsNotSentAgain() {
        String agency = TestData.agency();
        DisclosureItemResourceTest.create(TestData.item(agency, "A-1"));
        ExtractableResponse<Response> first = page(agency);
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertNotNull(etag);
        assertNotNull(lastModified);

        given().auth().none().header("If-None-Match", etag).queryParam("agency", agency).queryParam("year", 2018).queryParam("size", 20)
                .when().get(ITEMS).then().statusCode(Status.NOT_MODIFIED.getStatusCode())
                .header("ETag", equalTo(etag)).body(emptyString());
        given().auth().none().header("If-Modified-Since", lastModified).queryParam("agency", agency).queryParam("year", 2018).queryParam("size", 20)
                .when().get(ITEMS).then().statusCode(Status.NOT_MODIFIED.getStatusCode());
        // another page is another answer: the tag names the query too
        given().auth().none().header("If-None-Match", etag).queryParam("agency", agency).queryParam("year", 2018).queryParam("size", 20)
                .queryParam("q", "防汛").when().get(ITEMS).then().statusCode(Status.OK.getStatusCode())
                .header("ETag", not(equalTo(etag))).body("total", equalTo(1));
    }

    @Test
    void aChangedItemChangesTheTagAndThePage() {
        String agency = TestData.agency();
        Map<String, Object> item = TestData.item(agency, "A-1");
        DisclosureItemResourceTest.create(item);
        String etag = page(agency).header("ETag");

        item.put("title", "关于2018年度防汛工作的补充通知");
        item.put("version", 0);
        given().contentType(ContentType.JSON).body(item).when().put(ITEMS + "/" + agency + "/A-1")
                .then().statusCode(Status.OK.getStatusCode());

        ExtractableResponse<Response> changed = given().auth().none().header("If-None-Match", etag)
                .queryParam("agency", agency).queryParam("year", 2018).queryParam("size", 20)
                .when().get(ITEMS).then().statusCode(Status.OK.getStatusCode())
                .body("items[0].title", equalTo("关于2018年度防汛工作的补充通知")).extract();
        assertNotEquals(etag, changed.header("ETag"));

        DisclosureItemResourceTest.create(TestData.item(agency, "A-2"));
        given().auth().none().queryParam("agency", agency).queryParam("year", 2018).queryParam("size", 20)
                .when().get(ITEMS).then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(2))
                .header("ETag", not(equalTo(changed.header("ETag"))));
    }

    @Test
    void unreadableValidatorsAreIgnored() {
        String agency = TestData.agency();
        DisclosureItemResourceTest.create(TestData.item(agency, "A-1"));
        given().auth().none().header("If-None-Match", "\"unterminated").header("If-Modified-Since", "yesterday")
                .queryParam("agency", agency).queryParam("year", 2018).queryParam("size", 20)
                .when().get(ITEMS).then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(1));
    }
}
