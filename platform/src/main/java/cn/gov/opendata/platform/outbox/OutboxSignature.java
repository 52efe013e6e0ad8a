package cn.gov.opendata.platform.outbox;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The signature of a delivered event: {@code sha256=} + the hex HMAC-SHA256 of the exact body bytes under the
 * subscription's secret, in the {@value #HEADER} header. A receiver recomputes it over the body it received and
 * compares in constant time ({@link #verify}); a wrong secret or a changed body does not match.
 */
public final class OutboxSignature {

    public static final String HEADER = "X-Opendata-Signature";
    /** The same for every attempt at the same event: receivers drop what they have already processed. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String EVENT_TYPE_HEADER = "X-Opendata-Event";

    private static final String PREFIX = "sha256=";

    private OutboxSignature() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
    }
}
