package dev.tandem.platform.problem;

/**
 * What is wrong with one field of a request.
 *
 * @param field the field's path in the request, e.g. {@code name}, {@code signals[3].occurredAt}, or a path or query
 *     parameter's name
 * @param reason why it was refused, in words a client developer can act on
 */
public record FieldError(String field, String reason) {}
