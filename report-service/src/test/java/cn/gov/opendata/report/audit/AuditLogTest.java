package cn.gov.opendata.report.audit;

import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
class AuditLogTest {

    private static final String AUDIT = "/api/v1/audit";

    private static String code() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void directoryNarrativeAndPublishingWritesAreAudited() {
        String county = code();
        Directory.put(county, "测试县人民政府", "COUNTY", null);
        given().auth().oauth2(Tokens.clerk(county)).contentType(ContentType.JSON).body(Map.of("text", "概述"))
                .when().put("/api/v1/narratives/{agency}/2018/OVERVIEW", county)
                .then().statusCode(Status.CREATED.getStatusCode());
        given().auth().oauth2(Tokens.supervisor(county)).when().post("/api/v1/reports/{agency}/2018/publish", county)
                .then().statusCode(Status.CREATED.getStatusCode());

        given().queryParam("agency", county).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.action", contains("PUBLISH", "CREATE", "CREATE"))
                .body("items.recordType", contains("report", "narrative", "agency"))
                .body("items.subject", contains("supervisor-of-" + county, "clerk-of-" + county, "admin"))
                .body("items[0].recordKey", containsString("2018/LEGACY_2008/SUBTREE revision 1"));
    }

    @Test
    void aSupervisorReadsItsSubtreesAuditOnly() {
        String county = code();
        String elsewhere = code();
        Directory.put(county, "测试县人民政府", "COUNTY", null);
        Directory.put(elsewhere, "另一县人民政府", "COUNTY", null);
        given().auth().oauth2(Tokens.supervisor(county)).when().get(AUDIT)
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.recordAgency", everyItem(equalTo(county)))
                .body("total", equalTo(1));
        given().auth().oauth2(Tokens.supervisor(county)).queryParam("agency", elsewhere).when().get(AUDIT)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(Tokens.reader()).when().get(AUDIT).then().statusCode(Status.FORBIDDEN.getStatusCode());
    }
}
