package cn.gov.opendata.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every REST Assured request of a test carries an admin token unless the test says otherwise
 * ({@code given().auth().oauth2(Tokens.clerk(a))}, or {@code given().auth().none()} for an anonymous call), so the
 * tests of the records stay about the records and the access tests name their callers.
 */
public class AdminByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.oauth2(Tokens.admin());
    }
}
