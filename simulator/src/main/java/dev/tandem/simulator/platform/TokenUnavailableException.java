package dev.tandem.simulator.platform;

/** The token endpoint could not be reached or failed on its side: worth another try, unlike a refused grant. */
public class TokenUnavailableException extends PlatformException {

    public TokenUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
