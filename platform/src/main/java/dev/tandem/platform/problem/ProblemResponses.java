package dev.tandem.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds the {@code application/problem+json} responses of every service, so they look alike everywhere. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response invalidInput(List<FieldError> errors, UriInfo uri) {
        return respond(invalidInput(errors, path(uri)));
    }

    /** The body of a 400, for the HTTP layer's checks of a request's path and parameters. */
    public static Problem invalidInput(List<FieldError> errors, String path) {
        return Problem.of(
                "invalid-input",
                "Invalid input",
                400,
                "The request has invalid fields; nothing was changed.",
                path,
                errors);
    }

    /** The body of a 411: a body of unknown length cannot be held to this endpoint's limit before it is read. */
    public static Problem lengthRequired(long limitBytes, String path) {
        return Problem.of(
                "length-required",
                "Length Required",
                411,
                "This endpoint takes bodies of at most " + limitBytes + " bytes with a Content-Length header; "
                        + "nothing was kept.",
                path,
                List.of(new FieldError("Content-Length", "is required")));
    }

    /** 401 with the challenge RFC 6750 asks for, so clients know to fetch a bearer token. */
    public static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(
                        "unauthorized",
                        "Unauthorized",
                        401,
                        "A valid bearer token is required.",
                        path(uri),
                        List.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    public static Response forbidden(UriInfo uri) {
        return respond(Problem.of(
                "forbidden", "Forbidden", 403, "Your role does not allow this request.", path(uri), List.of()));
    }

    public static Response tooManyRequests(long retryAfterSeconds, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(
                        "too-many-requests",
                        "Too Many Requests",
                        429,
                        "This client's request rate is over its limit; retry after " + retryAfterSeconds + " s.",
                        path(uri),
                        List.of())))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    /** The body of a 413, for the HTTP layer's size check, which answers before JAX-RS is involved. */
    public static Problem tooLarge(long limitBytes, String path) {
        return Problem.of(
                "payload-too-large",
                "Payload Too Large",
                413,
                "The request body is larger than this service takes (" + limitBytes + " bytes); nothing was kept.",
                path,
                List.of(new FieldError("body", "must be at most " + limitBytes + " bytes")));
    }

    public static Response unavailable(String detail, long retryAfterSeconds, UriInfo uri) {
        return Response.fromResponse(
                        respond(Problem.of("unavailable", "Service Unavailable", 503, detail, path(uri), List.of())))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
