package dev.tandem.platform.problem;

/**
 * The request is well formed but what it asks cannot be done with the data there is (an analysis with too few
 * outcomes); answered with 422 and a detail saying what is missing. Nothing was changed.
 */
public class UnprocessableException extends RuntimeException {

    public UnprocessableException(String message) {
        super(message);
    }
}
