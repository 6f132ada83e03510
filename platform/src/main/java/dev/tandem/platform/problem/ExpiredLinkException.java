package dev.tandem.platform.problem;

/**
 * A signed public link (no login) that was genuine but is past its expiry: 401, without the bearer challenge, since no
 * token would help; a forged one is a {@link NotAllowedException} (403).
 */
public class ExpiredLinkException extends RuntimeException {

    public ExpiredLinkException(String message) {
        super(message);
    }
}
