package cn.gov.opendata.application.workbench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The workbench is static: served without a token (the API behind it checks every call), scripts only from files. */
@QuarkusTest
class WorkbenchPagesTest {

    @Test
    void thePageLoadsItsScriptFromAFileAndHasNoInlineScript() {
        given().auth().none().when().get("/workbench/index.html")
                .then().statusCode(Status.OK.getStatusCode())
                .contentType(containsString("text/html"))
                .body(containsString("依申请公开办理工作台"))
                .body(containsString("<script src=\"workbench.js\" defer></script>"))
                .body(containsString("<link rel=\"icon\" href=\"../favicon.ico\">"))
                .body(not(containsString("<script>")))
                .body(not(containsString("http://")))
                .body(not(containsString("https://")));
    }

    @Test
    void theServiceHasAnIconSoBrowsersLogNo404() {
        // browsers ask every origin for /favicon.ico, also on pages that are not the workbench's (a file, a problem)
        given().auth().none().when().get("/favicon.ico")
                .then().statusCode(Status.OK.getStatusCode())
                .contentType(containsString("image/"));
    }

    @Test
    void theScriptOnlyTalksToThisServicesApi() {
        given().auth().none().when().get("/workbench/workbench.js")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("/api/v1/deadlines"))
                .body(containsString("/preview/"))
                .body(containsString("'pdf', 'pdf'"))
                // a download asks for the document's type: a JSON Accept is answered 406
                .body(containsString("'application/pdf'"))
                .body(not(containsString("http://")))
                .body(not(containsString("https://")));
    }
}
