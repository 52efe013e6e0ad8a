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
import java.util.ArrayList;
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
        return token("admin", List.of(Roles.ADMIN), null, List.of());
    }

    public static String clerk(String agency) {
        return token("clerk-of-" + agency, List.of(Roles.CLERK), agency, List.of());
    }

    /** A supervisor of {@code agency} whose subtree is the agency itself and {@code others}. */
    public static String supervisor(String agency, String... others) {
        return token("supervisor-of-" + agency, List.of(Roles.SUPERVISOR), agency, List.of(others));
    }

    public static String reader() {
        return token("provincial-platform", List.of(Roles.READER), null, List.of());
    }

    public static String service() {
        return token("report-service", List.of(Roles.SERVICE), null, List.of());
    }

    public static String expiredAdmin() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(claims("admin", List.of(Roles.ADMIN), null, List.of(), past, past.plus(Duration.ofHours(1)), ISSUER), signingKey());
    }

    /** An admin token that expires {@code lifetime} from now. */
    public static String adminExpiringIn(Duration lifetime) {
        Instant now = Instant.now();
        return sign(claims("admin", List.of(Roles.ADMIN), null, List.of(), now, now.plus(lifetime), ISSUER), signingKey());
    }

    /** A well-formed admin token signed by a key the service does not trust. */
    public static String adminSignedByAnotherKey() {
        Instant now = Instant.now();
        return sign(claims("admin", List.of(Roles.ADMIN), null, List.of(), now, now.plus(Duration.ofHours(1)), ISSUER),
                TestKeys.newKeyPair().getPrivate());
    }

    public static String adminFromAnotherIssuer() {
        Instant now = Instant.now();
        return sign(claims("admin", List.of(Roles.ADMIN), null, List.of(), now, now.plus(Duration.ofHours(1)),
                "https://elsewhere.example/issuer"), signingKey());
    }

    public static String token(String subject, List<String> groups, String agency, List<String> agencies) {
        Instant now = Instant.now();
        return sign(claims(subject, groups, agency, agencies, now, now.plus(Duration.ofHours(1)), ISSUER), signingKey());
    }

    private static Map<String, Object> claims(String subject, List<String> groups, String agency, List<String> agencies,
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
        if (agency != null && groups.contains(Roles.SUPERVISOR)) {
            List<String> subtree = new ArrayList<>(List.of(agency));
            subtree.addAll(agencies);
            claims.put("agencies", subtree);
        }
        return claims;
    }

    private static String sign(Map<String, Object> claims, PrivateKey privateKey) {
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
