package dev.tandem.platform.problem;

import io.quarkus.security.ForbiddenException;
import java.util.List;

/**
 * The caller's role may make this kind of request, but not on this object (another CSM's account) or not with this
 * field's value; answered with 403, the reason as detail and, for a field, a field error. A plain
 * {@link ForbiddenException} is the role check's and says only that the role does not allow the request.
 */
public class NotAllowedException extends ForbiddenException {

    private final transient List<FieldError> errors;

    public NotAllowedException(String detail) {
        this(detail, List.of());
    }

    public NotAllowedException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public static NotAllowedException field(String field, String reason) {
        return new NotAllowedException(
                "Your role may not set " + field + " to this value.", List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
