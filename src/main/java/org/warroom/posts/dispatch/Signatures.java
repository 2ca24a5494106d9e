package org.warroom.posts.dispatch;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook's signature: {@code X-WarRoom-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with the
 * shared secret>}. A receiver recomputes it over the bytes it received and compares in constant time.
 */
public final class Signatures {
    public static final String HEADER = "X-WarRoom-Signature";
    private static final String PREFIX = "sha256=";

    private Signatures() {
    }

    /** "sha256=3f1c…" for this body. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** True when {@code header} is this body's signature with this secret (compared in constant time). */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
