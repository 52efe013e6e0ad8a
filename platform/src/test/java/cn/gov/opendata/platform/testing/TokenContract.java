package cn.gov.opendata.platform.testing;

import cn.gov.opendata.platform.problem.Problem;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service does with bearer tokens: refuses each kind of bad token with 401 problem+json, and audits
 * refused calls without their parameters. Each service runs it as a {@code @QuarkusTest} subclass.
 */
public abstract class TokenContract {

    /** Every service has the audit log, and an admin may read it: only the token can make the call fail. */
    private static final String PROTECTED = "/api/v1/audit";

    @Test
    void everyKindOfBadTokenIsUnauthorized() {
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, String> bad : BadTokens.all().entrySet()) {
            int status = given().auth().oauth2(bad.getValue()).when().get(PROTECTED).then().extract().statusCode();
            String type = given().auth().oauth2(bad.getValue()).when().get(PROTECTED).then().extract().contentType();
            if (status != Status.UNAUTHORIZED.getStatusCode() || !type.startsWith(Problem.MEDIA_TYPE)) {
                accepted.add(bad.getKey() + " → " + status + " " + type);
            }
        }
        assertTrue(accepted.isEmpty(), "bad tokens not refused with 401 problem+json: " + accepted);
    }

    @Test
    void theRealTokenOfTheSameShapeIsAccepted() {
        given().auth().oauth2(Tokens.admin()).when().get(PROTECTED).then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void refusedCallsAreAuditedWithoutTheirParameters() throws InterruptedException {
        String marker = "secret-" + System.nanoTime();
        given().auth().oauth2(Tokens.expiredAdmin()).queryParam("q", marker).when().get(PROTECTED)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        given().auth().oauth2(Tokens.reader()).queryParam("q", marker).when().get(PROTECTED)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        // written off the request thread: give the writer a moment
        List<Map<String, Object>> refused = List.of();
        for (int attempt = 0; attempt < 50 && refused.size() < 2; attempt++) {
            Thread.sleep(100);
            JsonPath page = given().auth().oauth2(Tokens.admin()).queryParam("size", 50).when().get(PROTECTED)
                    .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
            refused = page.<Map<String, Object>>getList("items").stream()
                    .filter(e -> "REFUSED".equals(e.get("action")) && "GET /api/v1/audit".equals(e.get("recordKey")))
                    .limit(2).toList();
        }
        assertEquals(2, refused.size(), "the 401 and the 403 are audited");
        String all = given().auth().oauth2(Tokens.admin()).queryParam("size", 200).when().get(PROTECTED).then().extract().asString();
        assertTrue(!all.contains(marker), "an audit entry carries a query parameter");
    }
}
