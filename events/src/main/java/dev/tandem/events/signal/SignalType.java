package dev.tandem.events.signal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed set of signal types integrators may send. On the wire a type is its {@link #wireName()}, lower snake
 * case ({@code feature_used}); anything outside the set is sent as {@code custom} with a {@code name}.
 */
public enum SignalType {
    LOGIN,
    FEATURE_USED,
    SEAT_ACTIVATED,
    SETUP_STEP_COMPLETED,
    INVITE_SENT,
    INVITE_ACCEPTED,
    EMAIL_OPENED,
    EMAIL_CLICKED,
    TICKET_OPENED,
    TICKET_CLOSED,
    /** A webinar or user-group session. */
    EVENT_ATTENDED,
    COMMUNITY_POST,
    /** {@code value} is the score, 0 to 10. */
    NPS_RESPONSE,
    SURVEY_RESPONSE,
    /** {@code name} is the metric, {@code value} its measured improvement. */
    ROI_REPORTED,
    CONTENT_VIEWED,
    WEBSITE_VISIT,
    CUSTOM;

    /** Lower-cased once: the consumers ask every signal's type for it. */
    private final String wireName = name().toLowerCase(Locale.ROOT);

    private static final Map<String, SignalType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(SignalType::wireName, Function.identity()));

    /** The JSON form of this type, e.g. {@code feature_used}. */
    public String wireName() {
        return wireName;
    }

    /** The type whose wire name is exactly {@code wireName} (case-sensitive, as integrators are told); else empty. */
    public static Optional<SignalType> fromWireName(String wireName) {
        return Optional.ofNullable(wireName).map(BY_WIRE_NAME::get);
    }
}
