package dev.tandem.cta.survey.domain;

import dev.tandem.cta.email.domain.SignedToken;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The token of a personal response link: which invitation it answers and until when, signed. It carries no personal
 * data, and a changed expiry breaks the signature.
 */
public record ResponseToken(UUID sendId, Instant expiresAt) {

    private static final String PURPOSE = "survey-response";

    /** What a presented token turned out to be. */
    public enum Verdict {
        VALID,
        EXPIRED,
        FORGED
    }

    /** A presented token and its verdict; {@code token} is empty unless it was signed here. */
    public record Reading(Verdict verdict, Optional<ResponseToken> token) {}

    public String sign(String secret) {
        ByteBuffer id = ByteBuffer.allocate(16)
                .putLong(sendId.getMostSignificantBits())
                .putLong(sendId.getLeastSignificantBits());
        return SignedToken.sign(secret, PURPOSE, SignedToken.encode(id.array()) + "." + expiresAt.getEpochSecond());
    }

    public static Reading read(String secret, String token, Instant now) {
        Optional<ResponseToken> signed =
                SignedToken.verify(secret, PURPOSE, token).flatMap(ResponseToken::parse);
        if (signed.isEmpty()) {
            return new Reading(Verdict.FORGED, Optional.empty());
        }
        return new Reading(now.isAfter(signed.get().expiresAt()) ? Verdict.EXPIRED : Verdict.VALID, signed);
    }

    private static Optional<ResponseToken> parse(String payload) {
        String[] parts = payload.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            ByteBuffer id = ByteBuffer.wrap(Base64.getUrlDecoder().decode(parts[0]));
            if (id.remaining() != 16) {
                return Optional.empty();
            }
            return Optional.of(new ResponseToken(
                    new UUID(id.getLong(), id.getLong()), Instant.ofEpochSecond(Long.parseLong(parts[1]))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
