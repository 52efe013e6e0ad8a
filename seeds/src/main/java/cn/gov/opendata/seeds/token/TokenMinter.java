package cn.gov.opendata.seeds.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mints RS256 JSON Web Tokens shaped as the government identity provider's (docs/SECURITY.md): issuer, audience
 * {@value #AUDIENCE}, subject, roles in {@code groups} and the user's agency in {@code agency}: exactly the claims the
 * Keycloak realm of deploy/keycloak issues, never a list of agencies (a supervisor's subtree comes from the
 * directory). For local runs and tests only; built with the JDK alone (SHA256withRSA, base64url).
 */
public final class TokenMinter {

    public static final String DEFAULT_ISSUER = "https://opendata.local/issuer";
    public static final String AUDIENCE = "opendata";
    /** The kid of the seeds jar's key in a JWKS next to the identity provider's keys ({@link LocalJwks}). */
    public static final String LOCAL_KEY_ID = "opendata-local";
    public static final Set<String> ROLES = Set.of("clerk", "supervisor", "reader", "admin", "service");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey key;
    private final String issuer;
    private final Clock clock;

    public TokenMinter(PrivateKey key, String issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    public TokenMinter(PrivateKey key) {
        this(key, DEFAULT_ISSUER, Clock.systemUTC());
    }

    /** A token valid from now for {@code ttl}. {@code agency} may be null (readers, admins, the service). */
    public String mint(String subject, List<String> roles, String agency, Duration ttl) {
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role " + role + "; one of " + ROLES);
            }
        }
        if ((roles.contains("clerk") || roles.contains("supervisor")) && agency == null) {
            throw new IllegalArgumentException("a clerk or supervisor token needs --agency");
        }
        Instant now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        claims.put("groups", roles);
        if (agency != null) {
            claims.put("agency", agency);
        }
        return sign(claims);
    }

    private String sign(Map<String, Object> claims) {
        try {
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            String header = base64.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", LOCAL_KEY_ID)));
            String payload = base64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + base64.encodeToString(signature.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "8h", "30m", "365d", "90s" (or ISO 8601, "PT8H"). */
    public static Duration parseTtl(String text) {
        String t = text.trim().toLowerCase();
        if (t.startsWith("p")) {
            return Duration.parse(text.trim().toUpperCase());
        }
        long amount = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("ttl like 8h, 30m, 365d or 90s, not " + text);
        };
    }
}
