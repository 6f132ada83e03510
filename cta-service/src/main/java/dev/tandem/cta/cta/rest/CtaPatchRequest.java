package dev.tandem.cta.cta.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.cta.cta.domain.CtaChanges;
import dev.tandem.events.cta.CtaPriority;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON merge patch (RFC 7396) of a CTA: {@code priority} and {@code dueDate} (null clears it). A field absent
 * from the body is left alone, which a record cannot tell from null, hence the tree. Every other field is refused by
 * name rather than ignored (as {@code POST /ctas} does), so that a caller who means to change it learns it did not.
 */
final class CtaPatchRequest {

    private static final Set<String> PATCHABLE = Set.of("priority", "dueDate");

    /** Fields of a CTA that have a way of their own to change, and where to find it. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "ownerId", "is changed by POST /api/v1/ctas/{id}/reassign",
            "status", "is changed by POST /api/v1/ctas/{id}/close",
            "snoozedUntil", "is changed by POST /api/v1/ctas/{id}/snooze",
            "snoozeReason", "is changed by POST /api/v1/ctas/{id}/snooze",
            "closeReason", "is changed by POST /api/v1/ctas/{id}/close",
            "reason",
                    "cannot be patched: rules find the open CTA they add to by its account, type and reason; close"
                            + " this one and open another, or comment on it");

    private CtaPatchRequest() {}

    static CtaChanges read(ObjectNode body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                errors.add(new FieldError(
                        name, ELSEWHERE.getOrDefault(name, "cannot be patched; patchable fields are " + PATCHABLE)));
            }
        }
        Optional<CtaPriority> priority = Optional.empty();
        if (body.has("priority")) {
            priority = priority(body.get("priority"));
            if (priority.isEmpty()) {
                errors.add(new FieldError("priority", "must be one of " + Arrays.toString(CtaPriority.values())));
            }
        }
        Optional<Optional<LocalDate>> dueDate = Optional.empty();
        if (body.has("dueDate")) {
            JsonNode due = body.get("dueDate");
            if (due.isNull()) {
                dueDate = Optional.of(Optional.empty());
            } else {
                Optional<LocalDate> day = day(due);
                if (day.isPresent()) {
                    dueDate = Optional.of(day);
                } else {
                    errors.add(new FieldError("dueDate", "must be a day (yyyy-MM-dd), or null to clear it"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CtaChanges(priority, dueDate);
    }

    /** A priority never is null: every CTA has one. */
    private static Optional<CtaPriority> priority(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        return Arrays.stream(CtaPriority.values())
                .filter(p -> p.name().equals(node.asText()))
                .findFirst();
    }

    private static Optional<LocalDate> day(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
