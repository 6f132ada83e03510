package dev.tandem.platform.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query parameter that cannot be read (an unknown enum value, a date out of range). Thrown from a parameter
 * converter, where only a {@code WebApplicationException} keeps its own status: anything else becomes a 404.
 */
public class InvalidParameterException extends BadRequestException {

    private final transient FieldError error;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + " " + reason);
        this.error = new FieldError(parameter, reason);
    }

    public FieldError error() {
        return error;
    }
}
