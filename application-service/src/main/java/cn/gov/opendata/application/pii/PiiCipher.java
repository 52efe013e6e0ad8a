package cn.gov.opendata.application.pii;

import org.eclipse.microprofile.config.ConfigProvider;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * AES-GCM for applicants' personal data at rest, with the key of {@code opendata.pii.key} (base64 of 16, 24 or
 * 32 bytes; env OPENDATA_PII_KEY). A stored value is {@code v1:} + base64(12-byte random IV | ciphertext | tag),
 * so equal inputs never give equal columns; {@link #index} gives a keyed, deterministic fingerprint for the one
 * lookup that needs equality (the same applicant's requests in a month).
 */
public final class PiiCipher {

    public static final String KEY_PROPERTY = "opendata.pii.key";
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile Keys keys;

    /**
     * One cipher per thread, initialised afresh (key and IV) for every value: looking the algorithm up through the
     * providers for each value was most of the cost of decrypting an applicant on a read (JFR, issue 24).
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    /** One HMAC per thread, keyed once: Mac.getInstance goes through the providers on every call, as Cipher.getInstance did. */
    private static final ThreadLocal<Mac> INDEXES = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys().index());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot index personal data", e);
        }
    });

    private record Keys(SecretKey encryption, SecretKey index) {
    }

    private PiiCipher() {
    }

    public static String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys().encryption(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    public static String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("A personal-data column holds a value that is not encrypted with this scheme");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, keys().encryption(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // never include the value: it is personal data
            throw new IllegalStateException("Cannot decrypt personal data: is " + KEY_PROPERTY + " the key it was written with?", e);
        }
    }

    /** A keyed fingerprint (HMAC-SHA256, hex) of a value, for equality lookups without storing it in clear. */
    public static String index(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // doFinal leaves the MAC reset for the next value, under the same key
        return HexFormat.of().formatHex(INDEXES.get().doFinal(value.strip().getBytes(StandardCharsets.UTF_8)));
    }

    /** Loads and checks the key; fails with a message naming the setting when it is absent or malformed. */
    public static void requireKey() {
        keys();
    }

    private static Keys keys() {
        Keys loaded = keys;
        if (loaded == null) {
            synchronized (PiiCipher.class) {
                if (keys == null) {
                    keys = load();
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private static Keys load() {
        String encoded = ConfigProvider.getConfig().getOptionalValue(KEY_PROPERTY, String.class)
                .orElseThrow(() -> new IllegalStateException("No key for applicants' personal data: set " + KEY_PROPERTY
                        + " (env OPENDATA_PII_KEY) to the base64 of 32 random bytes, e.g. `openssl rand -base64 32`"));
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_PROPERTY + " is not base64");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException(KEY_PROPERTY + " must decode to 16, 24 or 32 bytes, not " + raw.length);
        }
        try {
            // a separate key for the fingerprints, derived from the same secret
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            byte[] indexKey = mac.doFinal("opendata pii index v1".getBytes(StandardCharsets.UTF_8));
            return new Keys(new SecretKeySpec(raw, "AES"), new SecretKeySpec(indexKey, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
