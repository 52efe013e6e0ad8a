package cn.gov.opendata.report.agency;

import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Test helper: creates agencies through the API. */
public final class Directory {

    private Directory() {
    }

    public static void put(String code, String name, String kind, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        if (parent != null) {
            body.put("parent", parent);
        }
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/agencies/" + code)
                .then().statusCode(Status.CREATED.getStatusCode());
    }
}
