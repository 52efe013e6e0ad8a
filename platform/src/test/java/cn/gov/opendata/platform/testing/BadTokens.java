package cn.gov.opendata.platform.testing;

import cn.gov.opendata.platform.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tokens a service must refuse with 401, each named by its fault. */
public final class BadTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private BadTokens() {
    }

    public static Map<String, String> all() {
        Instant now = Instant.now();
        Map<String, Object> admin = Tokens.claims("admin", List.of(Roles.ADMIN), null, now, now.plus(Duration.ofHours(1)), Tokens.ISSUER);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("alg none", unsigned(admin));
        tokens.put("HS256 keyed with the public key", hs256WithThePublicKey(admin));
        tokens.put("signed by a foreign key", Tokens.adminSignedByAnotherKey());
        tokens.put("expired", Tokens.expiredAdmin());
        tokens.put("other issuer", Tokens.adminFromAnotherIssuer());
        Map<String, Object> otherAudience = new LinkedHashMap<>(admin);
        otherAudience.put("aud", "another-application");
        tokens.put("other audience", Tokens.sign(otherAudience, TestKeys.readPrivateKey()));
        tokens.put("tampered agency claim", tamperedAgency(Tokens.clerk("zz-honest"), "zz-victim"));
        tokens.put("not a token", "not.a.token");
        return tokens;
    }

    /** A clerk's token whose payload names another agency, the signature left as it was. */
    public static String tamperedAgency(String token, String agency) {
        String[] parts = token.split("\\.");
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
            claims.put("agency", agency);
            return parts[0] + "." + BASE64.encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unsigned(Map<String, Object> claims) {
        try {
            return BASE64.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "none", "typ", "JWT"))) + "."
                    + BASE64.encodeToString(JSON.writeValueAsBytes(claims)) + ".";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key-confusion attack: the verifier's public key used as an HMAC secret. */
    private static String hs256WithThePublicKey(Map<String, Object> claims) {
        try {
            String signingInput = BASE64.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "HS256", "typ", "JWT"))) + "."
                    + BASE64.encodeToString(JSON.writeValueAsBytes(claims));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Files.readAllBytes(TestKeys.PUBLIC_KEY), "HmacSHA256"));
            return signingInput + "." + BASE64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
