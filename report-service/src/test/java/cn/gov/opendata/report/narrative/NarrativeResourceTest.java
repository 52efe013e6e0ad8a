package cn.gov.opendata.report.narrative;

import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class NarrativeResourceTest {

    private static String agency() {
        String code = Stubs.code("t-n");
        Directory.put(code, "叙述市人民政府", "GOVERNMENT", null);
        return code;
    }

    @Test
    void narrativeIsCreatedReplacedAndListed() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(Map.of("text", "概述。"))
                .when().put("/api/v1/narratives/" + agency + "/2024/OVERVIEW")
                .then().statusCode(Status.CREATED.getStatusCode()).body("version", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("text", "新概述。", "version", 0))
                .when().put("/api/v1/narratives/" + agency + "/2024/OVERVIEW")
                .then().statusCode(Status.OK.getStatusCode()).body("text", equalTo("新概述。")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("text", "问题。"))
                .when().put("/api/v1/narratives/" + agency + "/2024/PROBLEMS")
                .then().statusCode(Status.CREATED.getStatusCode());
        given().when().get("/api/v1/narratives/" + agency + "/2024")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.section", contains("OVERVIEW", "PROBLEMS"));
        given().when().get("/api/v1/narratives/" + agency + "/2024/OTHER").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void badNarrativeRequestsAreProblems() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(Map.of("text", "x"))
                .when().put("/api/v1/narratives/" + agency + "/2024/EPILOGUE")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("section"));
        given().contentType(ContentType.JSON).body(Map.of("text", "x"))
                .when().put("/api/v1/narratives/t-nobody-here/2024/OVERVIEW")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of("txt", "x"))
                .when().put("/api/v1/narratives/" + agency + "/2024/OVERVIEW")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", hasItem("txt"));
        given().contentType(ContentType.JSON).body(Map.of("text", "a"))
                .when().put("/api/v1/narratives/" + agency + "/2024/OVERVIEW").then().statusCode(Status.CREATED.getStatusCode());
        given().contentType(ContentType.JSON).body(Map.of("text", "b", "version", 5))
                .when().put("/api/v1/narratives/" + agency + "/2024/OVERVIEW").then().statusCode(Status.CONFLICT.getStatusCode());
    }

    @Test
    void supplementaryFiguresReplaceTheSet() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(Map.of("figures", List.of(
                        Map.of("key", "PROVINCE_SUBMITTED", "label", "向省政府报送信息", "value", "1764", "unit", "条"),
                        Map.of("key", "HOTLINE_CALLS", "label", "热线来电", "value", 12.50, "unit", "万个"))))
                .when().put("/api/v1/supplementary/" + agency + "/2024")
                .then().statusCode(Status.CREATED.getStatusCode())
                .body("figures.key", contains("PROVINCE_SUBMITTED", "HOTLINE_CALLS"))
                .body("figures[0].value", equalTo("1764"));
        given().contentType(ContentType.JSON).body(Map.of("figures", List.of(
                        Map.of("key", "PROVINCE_ADOPTED", "label", "采用", "value", "1666", "unit", "条"))))
                .when().put("/api/v1/supplementary/" + agency + "/2024")
                .then().statusCode(Status.OK.getStatusCode());
        given().when().get("/api/v1/supplementary/" + agency + "/2024")
                .then().statusCode(Status.OK.getStatusCode())
                .body("figures.key", contains("PROVINCE_ADOPTED")).body("figures[0].value", equalTo("1666"));
    }

    @Test
    void invalidSupplementaryFiguresChangeNothing() {
        String agency = agency();
        given().contentType(ContentType.JSON).body(Map.of("figures", List.of(
                        Map.of("key", "A", "label", "甲", "value", "1"),
                        Map.of("key", "A", "label", "乙", "value", "2"))))
                .when().put("/api/v1/supplementary/" + agency + "/2024")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations[0].field", equalTo("figures[1].key"));
        given().contentType(ContentType.JSON).body(Map.of("figures", List.of(Map.of("key", "lower", "label", "甲", "value", "1"))))
                .when().put("/api/v1/supplementary/" + agency + "/2024")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode());
        given().contentType(ContentType.JSON).body("{\"figures\":[{\"key\":\"A\",\"label\":\"甲\",\"value\":\"lots\"}]}")
                .when().put("/api/v1/supplementary/" + agency + "/2024")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode());
        given().when().get("/api/v1/supplementary/" + agency + "/2024")
                .then().statusCode(Status.OK.getStatusCode()).body("figures.size()", equalTo(0));
    }
}
