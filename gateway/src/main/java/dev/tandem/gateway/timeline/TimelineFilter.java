package dev.tandem.gateway.timeline;

import dev.tandem.gateway.error.InvalidInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which items the caller asked for: of some kinds (none named: all), touchpoints of some types (none named: all), and
 * those a person took part in or acted on (a participant or author of a touchpoint, a CTA's owner, who changed a
 * contract).
 */
record TimelineFilter(Set<TimelineKind> kinds, Set<String> touchpointTypes, String person) {

    static final int MAX_TOUCHPOINT_TYPES = 20;
    static final int MAX_TEXT = 200;

    /** The filter of the field's arguments; VALIDATION naming the argument beyond its bounds. */
    static TimelineFilter of(List<TimelineKind> types, List<String> touchpointTypes, String person)
            throws InvalidInput {
        if (touchpointTypes != null && touchpointTypes.size() > MAX_TOUCHPOINT_TYPES) {
            throw new InvalidInput("touchpointTypes: at most " + MAX_TOUCHPOINT_TYPES);
        }
        if (touchpointTypes != null
                && touchpointTypes.stream()
                        .anyMatch(type -> type == null || type.isBlank() || type.length() > MAX_TEXT)) {
            throw new InvalidInput("touchpointTypes: each must be 1-" + MAX_TEXT + " characters");
        }
        if (person != null && (person.isBlank() || person.length() > MAX_TEXT)) {
            throw new InvalidInput("person: must be 1-" + MAX_TEXT + " characters, a user's id");
        }
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        if (types != null) {
            types.stream().filter(java.util.Objects::nonNull).forEach(kinds::add);
        }
        return new TimelineFilter(
                kinds.isEmpty() ? EnumSet.allOf(TimelineKind.class) : kinds,
                touchpointTypes == null ? Set.of() : Set.copyOf(touchpointTypes),
                person);
    }

    /** Whether a source of these kinds can have an item this filter admits, so is worth a call. */
    boolean asks(TimelineSource source) {
        return source.kinds().stream().anyMatch(kinds::contains) && (person == null || source.namesPeople());
    }

    boolean admits(TimelineEntry entry) {
        return kinds.contains(entry.kind())
                && (entry.kind() != TimelineKind.TOUCHPOINT
                        || touchpointTypes.isEmpty()
                        || touchpointTypes.contains(entry.touchpointType()))
                && (person == null || entry.people().contains(person));
    }
}
