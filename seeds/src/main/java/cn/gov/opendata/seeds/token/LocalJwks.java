package cn.gov.opendata.seeds.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The keys the services trust on a local run, as one JWKS: the identity provider's (Keycloak's certs endpoint) and the
 * seeds jar's own, under kid {@value TokenMinter#LOCAL_KEY_ID}, so that people signed in through Keycloak and the
 * scripts' minted tokens (the loader's admin, the report-service's service token) are verified alike.
 */
public final class LocalJwks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalJwks() {
    }

    public static String of(Path keys, String providerJwksUrl) throws IOException, InterruptedException, GeneralSecurityException {
        SigningKeys.ensure(keys);
        ObjectNode jwks = JSON.createObjectNode();
        ArrayNode all = jwks.putArray("keys");
        if (providerJwksUrl != null) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(providerJwksUrl)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(providerJwksUrl + " answered " + response.statusCode());
            }
            for (JsonNode key : JSON.readTree(response.body()).path("keys")) {
                // signing keys only: an encryption key is of no use to a verifier
                if (!"enc".equals(key.path("use").asText())) {
                    all.add(key);
                }
            }
        }
        String pem = Files.readString(SigningKeys.publicKey(keys)).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        ObjectNode local = all.addObject();
        local.put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", TokenMinter.LOCAL_KEY_ID)
                .put("n", unsigned(key.getModulus())).put("e", unsigned(key.getPublicExponent()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(jwks);
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] trimmed = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(trimmed);
    }
}
