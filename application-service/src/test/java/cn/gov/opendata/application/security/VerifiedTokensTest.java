package cn.gov.opendata.application.security;

import cn.gov.opendata.platform.security.VerifiedTokens;
import cn.gov.opendata.platform.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Remembering verified tokens must not keep a token past its expiry, nor let an altered token through. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void aTokenIsRememberedOnlyUntilItExpires() throws Exception {
        assertTrue(parser instanceof VerifiedTokens, "the service verifies tokens through VerifiedTokens");
        String token = Tokens.adminExpiringIn(Duration.ofSeconds(2));
        JsonWebToken first = parser.parse(token);
        assertSame(first, parser.parse(token), "a second use is served from memory");
        Thread.sleep(2_500);
        // past its expiry the token is verified afresh (and then judged with the verifier's usual clock leeway)
        assertNotSame(first, parser.parse(token));
    }

    @Test
    void anAlteredTokenIsVerifiedAfresh() {
        String token = Tokens.admin();
        assertEquals(200, given().auth().oauth2(token).when().get("/api/v1/statistics/2021").then().extract().statusCode());
        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertEquals(401, given().auth().oauth2(otherSignature).when().get("/api/v1/statistics/2021").then().extract().statusCode());
    }
}
