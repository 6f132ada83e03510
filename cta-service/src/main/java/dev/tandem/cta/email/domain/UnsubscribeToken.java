package dev.tandem.cta.email.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** The token of an unsubscribe link: the address itself, signed. It does not expire: an old e-mail's link works. */
public final class UnsubscribeToken {

    private static final String PURPOSE = "unsubscribe";

    private UnsubscribeToken() {}

    public static String of(String secret, String email) {
        String payload = SignedToken.encode(normalise(email).getBytes(StandardCharsets.UTF_8));
        return SignedToken.sign(secret, PURPOSE, payload);
    }

    /** The address the token was made for; empty when it is forged or broken. */
    public static Optional<String> read(String secret, String token) {
        return SignedToken.verify(secret, PURPOSE, token).flatMap(payload -> {
            try {
                return Optional.of(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** Addresses are compared lower-case: mail systems treat them so in practice. */
    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
