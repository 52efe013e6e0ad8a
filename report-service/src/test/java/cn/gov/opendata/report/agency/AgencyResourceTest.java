package cn.gov.opendata.report.agency;

import cn.gov.opendata.report.client.Stubs;
import cn.gov.opendata.report.client.WireMockSources;
import cn.gov.opendata.platform.problem.Problem;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(WireMockSources.class)
class AgencyResourceTest {

    @Test
    void putCreatesThenReplaces() {
        String code = Stubs.code("t-a");
        given().contentType(ContentType.JSON).body(Map.of("name", "测试市人民政府", "kind", "GOVERNMENT"))
                .when().put("/api/v1/agencies/" + code)
                .then().statusCode(Status.CREATED.getStatusCode())
                .body("code", equalTo(code)).body("version", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("name", "测试市政府", "kind", "GOVERNMENT", "version", 0))
                .when().put("/api/v1/agencies/" + code)
                .then().statusCode(Status.OK.getStatusCode())
                .body("name", equalTo("测试市政府")).body("version", equalTo(1));
        given().when().get("/api/v1/agencies/" + code)
                .then().statusCode(Status.OK.getStatusCode()).body("name", equalTo("测试市政府"));
    }

    @Test
    void staleVersionIsConflict() {
        String code = Stubs.code("t-a");
        Directory.put(code, "甲", "GOVERNMENT", null);
        given().contentType(ContentType.JSON).body(Map.of("name", "乙", "kind", "GOVERNMENT", "version", 7))
                .when().put("/api/v1/agencies/" + code)
                .then().statusCode(Status.CONFLICT.getStatusCode()).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void postCreatesWithLocationAndRejectsDuplicates() {
        String code = Stubs.code("t-a");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "甲", "kind", "DEPARTMENT"))
                .when().post("/api/v1/agencies")
                .then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith("/api/v1/agencies/" + code));
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "甲", "kind", "DEPARTMENT"))
                .when().post("/api/v1/agencies")
                .then().statusCode(Status.CONFLICT.getStatusCode());
    }

    @Test
    void invalidBodiesAreProblems() {
        String code = Stubs.code("t-a");
        given().contentType(ContentType.JSON).body("{\"name\":\"甲\",\"kind\":\"GOVERNMENT\",\"colour\":\"red\"}")
                .when().put("/api/v1/agencies/" + code)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("colour"));
        given().contentType(ContentType.JSON).body("{\"name\":\"甲\",\"kind\":\"PLANET\"}")
                .when().put("/api/v1/agencies/" + code)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", hasItem("kind"));
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"kind\":\"GOVERNMENT\"}")
                .when().put("/api/v1/agencies/" + code)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", hasItem("name"));
        given().contentType(ContentType.JSON).body("{\"name\":")
                .when().put("/api/v1/agencies/" + code)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(Map.of("name", "甲", "kind", "GOVERNMENT"))
                .when().put("/api/v1/agencies/Bad_Code")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", hasItem("code"));
        given().contentType(ContentType.JSON).body(Map.of("name", "甲", "kind", "GOVERNMENT", "parent", "t-nowhere-xyz"))
                .when().put("/api/v1/agencies/" + code)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", hasItem("parent"));
        given().when().get("/api/v1/agencies/" + code).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void reparentingUnderOwnDescendantIsRejected() {
        String root = Stubs.code("t-r");
        String child = Stubs.code("t-c");
        Directory.put(root, "市", "GOVERNMENT", null);
        Directory.put(child, "县", "COUNTY", root);
        given().contentType(ContentType.JSON).body(Map.of("name", "市", "kind", "GOVERNMENT", "parent", child))
                .when().put("/api/v1/agencies/" + root)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("violations[0].field", equalTo("parent")).body("detail", containsString("cycle"));
    }

    @Test
    void subtreeIsDepthFirstWithDepth() {
        String root = Stubs.code("t-r");
        Directory.put(root, "市", "GOVERNMENT", null);
        Directory.put(root + "-b", "B县", "COUNTY", root);
        Directory.put(root + "-a", "A局", "DEPARTMENT", root);
        Directory.put(root + "-b-1", "B县一镇", "TOWNSHIP", root + "-b");
        given().when().get("/api/v1/agencies/" + root + "/subtree")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.code", contains(root, root + "-a", root + "-b", root + "-b-1"))
                .body("items.depth", contains(0, 1, 1, 2))
                .body("total", equalTo(4));
        given().when().get("/api/v1/agencies/" + root + "/tree")
                .then().statusCode(Status.OK.getStatusCode())
                .body("children.code", contains(root + "-a", root + "-b"))
                .body("children[1].children[0].code", equalTo(root + "-b-1"));
        given().when().get("/api/v1/agencies/" + root + "-zz/subtree").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void listFiltersByParentKindAndText() {
        String root = Stubs.code("t-r");
        Directory.put(root, "列表市", "GOVERNMENT", null);
        Directory.put(root + "-x", "列表县", "COUNTY", root);
        Directory.put(root + "-y", "列表局", "DEPARTMENT", root);
        given().queryParam("parent", root).queryParam("kind", "COUNTY").when().get("/api/v1/agencies")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.code", contains(root + "-x")).body("total", equalTo(1)).body("size", equalTo(50));
        given().queryParam("q", root + "-y").when().get("/api/v1/agencies")
                .then().statusCode(Status.OK.getStatusCode()).body("items", hasSize(1));
        // a wildcard is a letter: "%" and "_" find the agencies whose name or code holds them, here none
        given().queryParam("q", "%").when().get("/api/v1/agencies").then().statusCode(Status.OK.getStatusCode()).body("total", equalTo(0));
        given().queryParam("q", root.replace('-', '_')).when().get("/api/v1/agencies").then().body("total", equalTo(0));
        given().queryParam("size", 501).when().get("/api/v1/agencies")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("violations.field", hasItem("size"));
    }

    @Test
    void deleteRefusesAgencyWithChildren() {
        String root = Stubs.code("t-r");
        Directory.put(root, "市", "GOVERNMENT", null);
        Directory.put(root + "-k", "县", "COUNTY", root);
        given().when().delete("/api/v1/agencies/" + root).then().statusCode(Status.CONFLICT.getStatusCode());
        given().when().delete("/api/v1/agencies/" + root + "-k").then().statusCode(Status.NO_CONTENT.getStatusCode());
        given().when().delete("/api/v1/agencies/" + root).then().statusCode(Status.NO_CONTENT.getStatusCode());
        given().when().get("/api/v1/agencies/" + root).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void importAcceptsParentsLaterInTheBatchAndIsIdempotent() {
        String root = Stubs.code("t-i");
        String body = String.join("\n",
                "{\"code\":\"" + root + "-c\",\"name\":\"县\",\"kind\":\"COUNTY\",\"parent\":\"" + root + "\"}",
                "{\"code\":\"" + root + "\",\"name\":\"市\",\"kind\":\"GOVERNMENT\"}",
                "");
        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/agencies/import")
                .then().statusCode(Status.OK.getStatusCode())
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/agencies/import")
                .then().statusCode(Status.OK.getStatusCode())
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        given().when().get("/api/v1/agencies/" + root + "/subtree").then().body("total", equalTo(2));
    }

    @Test
    void importRejectsCyclesUnknownParentsAndBadLinesWritingNothing() {
        String root = Stubs.code("t-i");
        String body = String.join("\n",
                "{\"code\":\"" + root + "-ok\",\"name\":\"好\",\"kind\":\"COUNTY\"}",
                "{\"code\":\"" + root + "-a\",\"name\":\"甲\",\"kind\":\"COUNTY\",\"parent\":\"" + root + "-b\"}",
                "{\"code\":\"" + root + "-b\",\"name\":\"乙\",\"kind\":\"COUNTY\",\"parent\":\"" + root + "-a\"}",
                "{\"code\":\"" + root + "-c\",\"name\":\"丙\",\"kind\":\"COUNTY\",\"parent\":\"" + root + "-nowhere\"}",
                "{\"code\":\"" + root + "-d\",\"name\":\"丁\",\"kind\":\"MOON\"}",
                "{\"code\":\"" + root + "-e\",\"name\":\"\",\"kind\":\"COUNTY\"}");
        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/agencies/import")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", contains("line 2: parent", "line 3: parent", "line 4: parent", "line 5: kind", "line 6: name"));
        given().when().get("/api/v1/agencies/" + root + "-ok").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }
}
