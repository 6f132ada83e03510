package dev.tandem.cta.email.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A value that travels in a public link and comes back unchanged: {@code payload.signature}, the signature an
 * HMAC-SHA256 of the purpose and the payload. The purpose keeps a token made for one use (unsubscribing) from being
 * accepted for another (answering a survey).
 */
public final class SignedToken {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int MAX_LENGTH = 512;

    private SignedToken() {}

    public static String sign(String secret, String purpose, String payload) {
        return payload + "." + ENCODER.encodeToString(mac(secret, purpose, payload));
    }

    /** The payload, when {@code token} is one this secret signed for this purpose; empty for anything else. */
    public static Optional<String> verify(String secret, String purpose, String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(given, mac(secret, purpose, payload)) ? Optional.of(payload) : Optional.empty();
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    private static byte[] mac(String secret, String purpose, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal((purpose + ":" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
