package cn.gov.opendata.seeds.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenMinterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path keys;

    @Test
    void theKeyPairIsGeneratedOnFirstUseAndKeptAfterwards() throws Exception {
        SigningKeys.ensure(keys);
        String publicKey = Files.readString(keys.resolve("public.pem"));
        assertTrue(publicKey.startsWith("-----BEGIN PUBLIC KEY-----"));
        assertTrue(Files.readString(keys.resolve("private.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
        SigningKeys.ensure(keys);
        assertEquals(publicKey, Files.readString(keys.resolve("public.pem")));
    }

    @Test
    void aTokenIsSignedWithTheKeyAndCarriesTheClaimsTheServicesCheck() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);
        String token = new TokenMinter(SigningKeys.ensure(keys), TokenMinter.DEFAULT_ISSUER, clock)
                .mint("alice", List.of("clerk"), "zk-fugou", Duration.ofHours(8));
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));

        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertEquals("RS256", header.get("alg").asText());
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("https://opendata.local/issuer", claims.get("iss").asText());
        assertEquals("opendata", claims.get("aud").asText());
        assertEquals("alice", claims.get("sub").asText());
        assertEquals("clerk", claims.get("groups").get(0).asText());
        assertEquals("zk-fugou", claims.get("agency").asText());
        assertFalse(claims.has("agencies"));
        assertEquals(clock.instant().plus(Duration.ofHours(8)).getEpochSecond(), claims.get("exp").asLong());
    }

    @Test
    void aSupervisorsTokenNamesItsAgencyOnlyAndStaysSmall() throws Exception {
        String token = new TokenMinter(SigningKeys.ensure(keys)).mint("supervisor-zk", List.of("supervisor"), "zk", Duration.ofHours(1));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals("zk", claims.get("agency").asText());
        assertFalse(claims.has("agencies"));
        assertTrue(token.length() < 2048, "a supervisor's token is " + token.length() + " bytes");
    }

    @Test
    void clerksAndSupervisorsNeedAnAgencyAndRolesAreChecked() throws Exception {
        TokenMinter minter = new TokenMinter(SigningKeys.ensure(keys));
        assertThrows(IllegalArgumentException.class, () -> minter.mint("x", List.of("clerk"), null, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> minter.mint("x", List.of("root"), null, Duration.ofHours(1)));
    }

    @Test
    void ttlsReadAsUnitsOrIso() {
        assertEquals(Duration.ofHours(8), TokenMinter.parseTtl("8h"));
        assertEquals(Duration.ofDays(365), TokenMinter.parseTtl("365d"));
        assertEquals(Duration.ofMinutes(30), TokenMinter.parseTtl("30m"));
        assertEquals(Duration.ofHours(2), TokenMinter.parseTtl("PT2H"));
    }

    private PublicKey publicKey() throws Exception {
        String base64 = Files.readString(keys.resolve("public.pem")).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
