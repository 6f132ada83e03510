package dev.tandem.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type identifies the kind of problem; stable, so clients can branch on it
 * @param errors one entry per offending field; empty when the problem is not about input
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:problem-type:tandem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static Problem of(String kind, String title, int status, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, instance, errors);
    }
}
