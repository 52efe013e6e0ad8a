package cn.gov.opendata.platform.testing;

import cn.gov.opendata.platform.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mints RS256 tokens for the tests with the key of {@link TestKeys}, shaped as the identity provider's. */
public final class Tokens {

    public static final String ISSUER = "https://opendata.local/issuer";
    public static final String AUDIENCE = "opendata";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    public static String admin() {
        return token("admin", List.of(Roles.ADMIN), null);
    }

    public static String clerk(String agency) {
        return token("clerk-of-" + agency, List.of(Roles.CLERK), agency);
    }

    /**
     * A supervisor of {@code agency}. Its subtree is the directory's business, not the token's: {@code children}
     * are put under the agency in {@link TestDirectory} (a source service's tests; the report-service's tests put
     * them in its own directory).
     */
    public static String supervisor(String agency, String... children) {
        TestDirectory.put(agency, null);
        for (String child : children) {
            TestDirectory.put(child, agency);
        }
        return token("supervisor-of-" + agency, List.of(Roles.SUPERVISOR), agency);
    }

    public static String reader() {
        return token("provincial-platform", List.of(Roles.READER), null);
    }

    public static String service() {
        return token("report-service", List.of(Roles.SERVICE), null);
    }

    public static String expiredAdmin() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(claims("admin", List.of(Roles.ADMIN), null, past, past.plus(Duration.ofHours(1)), ISSUER), signingKey());
    }

    /** An admin token that expires {@code lifetime} from now. */
    public static String adminExpiringIn(Duration lifetime) {
        Instant now = Instant.now();
        return sign(claims("admin", List.of(Roles.ADMIN), null, now, now.plus(lifetime), ISSUER), signingKey());
    }

    /** A well-formed admin token signed by a key the service does not trust. */
    public static String adminSignedByAnotherKey() {
        Instant now = Instant.now();
        return sign(claims("admin", List.of(Roles.ADMIN), null, now, now.plus(Duration.ofHours(1)), ISSUER),
                TestKeys.newKeyPair().getPrivate());
    }

    public static String adminFromAnotherIssuer() {
        Instant now = Instant.now();
        return sign(claims("admin", List.of(Roles.ADMIN), null, now, now.plus(Duration.ofHours(1)),
                "https://elsewhere.example/issuer"), signingKey());
    }

    public static String token(String subject, List<String> groups, String agency) {
        Instant now = Instant.now();
        return sign(claims(subject, groups, agency, now, now.plus(Duration.ofHours(1)), ISSUER), signingKey());
    }

    /** The claims a token of the identity provider carries (Keycloak's, deploy/keycloak): one agency, never a list. */
    public static Map<String, Object> claims(String subject, List<String> groups, String agency,
                                             Instant issuedAt, Instant expiresAt, String issuer) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("groups", groups);
        if (agency != null) {
            claims.put("agency", agency);
        }
        return claims;
    }

    public static String sign(Map<String, Object> claims, PrivateKey privateKey) {
        try {
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            String header = base64.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = base64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + base64.encodeToString(signature.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Read each time: the key pair is renewed whenever Quarkus starts. */
    private static PrivateKey signingKey() {
        return TestKeys.readPrivateKey();
    }
}
