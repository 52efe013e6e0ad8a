package cn.gov.opendata.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * Generates the token signer's key pair into target/jwt before Quarkus starts and points the service at its
 * public half. Registered for every test of the module (one Quarkus start); {@link Tokens} signs with the private half.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    public static final Path DIRECTORY = Path.of("target", "jwt");
    public static final Path PRIVATE_KEY = DIRECTORY.resolve("private.pem");
    public static final Path PUBLIC_KEY = DIRECTORY.resolve("public.pem");

    @Override
    public Map<String, String> start() {
        KeyPair pair = newKeyPair();
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(PRIVATE_KEY, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(PUBLIC_KEY, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("mp.jwt.verify.publickey.location", PUBLIC_KEY.toAbsolutePath().toUri().toString());
    }

    @Override
    public void stop() {
        // the keys stay in target/ for a look after the run; the next run replaces them
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey readPrivateKey() {
        try {
            String pem = Files.readString(PRIVATE_KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
