package dev.tandem.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error a service answers with into an RFC 9457 problem detail. Field errors name the field and the
 * reason; nothing of the server's internals (exception classes, stack traces, SQL) reaches the client.
 */
public class ProblemMapper {

    /** How Jackson states the limit a document broke, e.g. "exceeds the maximum allowed (64, from ...)". */
    private static final Pattern ALLOWED_MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.invalidInput(errors, uri);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        return ProblemResponses.invalidInput(e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e, UriInfo uri) {
        return ProblemResponses.invalidInput(List.of(unreadableField(e)), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(StreamReadException e, UriInfo uri) {
        return ProblemResponses.invalidInput(List.of(unreadableField(e)), uri);
    }

    /** A body nested deeper than the parser allows: refused before it costs more than the limit. */
    @ServerExceptionMapper
    public Response unreadable(StreamConstraintsException e, UriInfo uri) {
        return ProblemResponses.invalidInput(List.of(unreadableField(e)), uri);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidParameterException e, UriInfo uri) {
        return ProblemResponses.invalidInput(List.of(e.error()), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return ProblemResponses.respond(
                Problem.of("not-found", "Not Found", 404, e.getMessage(), ProblemResponses.path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return ProblemResponses.respond(
                Problem.of("conflict", "Conflict", 409, e.getMessage(), ProblemResponses.path(uri), List.of()));
    }

    /**
     * A unique or foreign key the database enforced, typically two clients creating the same thing at once. The
     * request may be retried; the constraint's SQL stays in the log.
     */
    @ServerExceptionMapper
    public Response conflict(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return ProblemResponses.respond(Problem.of(
                "conflict",
                "Conflict",
                409,
                "The request clashes with a concurrent change; nothing was changed, retry it.",
                ProblemResponses.path(uri),
                List.of()));
    }

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableException e, UriInfo uri) {
        return ProblemResponses.respond(Problem.of(
                "unprocessable", "Unprocessable Content", 422, e.getMessage(), ProblemResponses.path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unavailable(UnavailableException e, UriInfo uri) {
        return ProblemResponses.unavailable(e.getMessage(), e.retryAfterSeconds(), uri);
    }

    @ServerExceptionMapper
    public Response expired(ExpiredLinkException e, UriInfo uri) {
        return ProblemResponses.respond(
                Problem.of("link-expired", "Unauthorized", 401, e.getMessage(), ProblemResponses.path(uri), List.of()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return ProblemResponses.unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.forbidden(uri);
    }

    /** The most specific mapper wins, so an object- or field-level refusal keeps its own detail and field errors. */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return ProblemResponses.respond(
                Problem.of("forbidden", "Forbidden", 403, e.getMessage(), ProblemResponses.path(uri), e.errors()));
    }

    /** Errors the HTTP layer raises itself: unreadable body, unknown path, wrong method, unsupported media type. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return ProblemResponses.invalidInput(List.of(unreadableField(unreadable)), uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String kind = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        return ProblemResponses.respond(Problem.of(kind, title, status, null, ProblemResponses.path(uri), List.of()));
    }

    /**
     * The field as the client wrote it: {@code signals[3].occurredAt} for a body property, the parameter's own name
     * for a path or query parameter, never the Java method name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && !property.isEmpty()) {
                    property.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    property.append(property.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        return !property.isEmpty() ? property.toString() : parameter == null ? "request" : parameter;
    }

    private static FieldError unreadableField(JsonProcessingException e) {
        if (e instanceof RefusedValueException refused) {
            String path = pathOf(refused.getPath());
            return new FieldError(path.isEmpty() ? "body" : path, refused.reason());
        }
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return new FieldError(pathOf(mismatch.getPath()), "has the wrong type or format");
        }
        if (e instanceof StreamConstraintsException) {
            Matcher limit = ALLOWED_MAXIMUM.matcher(String.valueOf(e.getOriginalMessage()));
            return new FieldError(
                    "body",
                    limit.find() ? "is nested deeper than " + limit.group(1) + " levels" : "is nested too deeply");
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return new FieldError("body", "is not valid JSON: " + message.replace("Duplicate field", "duplicate key"));
        }
        return new FieldError("body", "is not valid JSON");
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
