package dev.tandem.health.ingest.domain;

import dev.tandem.events.signal.SignalType;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.validation.ExternalId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a batch of signals acceptable. A batch is taken whole or not at all, so every bad item is reported at
 * once, by index and field: the integrator fixes them all in one go.
 */
public final class SignalValidation {

    public static final int MAX_BATCH = 1_000;
    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Pattern ID = Pattern.compile(ExternalId.PATTERN);
    private static final int MAX_EVENT_ID = 128;
    private static final int MAX_NAME = 200;
    private static final int MAX_PROPERTIES = 50;

    /** Types whose {@code name} says what happened: the feature, the setup step, the ROI metric, the custom event. */
    private static final Set<SignalType> NAMED = EnumSet.of(
            SignalType.FEATURE_USED, SignalType.SETUP_STEP_COMPLETED, SignalType.ROI_REPORTED, SignalType.CUSTOM);

    private final Duration horizon;

    /** @param horizon how old a signal may be and still be accepted */
    public SignalValidation(Duration horizon) {
        this.horizon = horizon;
    }

    public List<FieldError> check(List<SignalItem> batch, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (batch == null || batch.isEmpty()) {
            errors.add(new FieldError("signals", "must hold at least one signal"));
            return errors;
        }
        if (batch.size() > MAX_BATCH) {
            errors.add(new FieldError("signals", "must hold at most " + MAX_BATCH + " signals"));
            return errors;
        }
        for (int i = 0; i < batch.size(); i++) {
            check(batch.get(i), "signals[" + i + "].", now, errors);
        }
        return errors;
    }

    private void check(SignalItem item, String at, Instant now, List<FieldError> errors) {
        if (item == null) {
            errors.add(new FieldError(at.substring(0, at.length() - 1), "must be a signal object"));
            return;
        }
        if (item.eventId() == null || item.eventId().isBlank() || item.eventId().length() > MAX_EVENT_ID) {
            errors.add(new FieldError(at + "eventId", "is required, up to " + MAX_EVENT_ID + " characters"));
        }
        if (item.accountId() == null || !ID.matcher(item.accountId()).matches()) {
            errors.add(new FieldError(at + "accountId", "is required: 1-128 letters, digits or ._:@-"));
        }
        if (item.userId() != null && !ID.matcher(item.userId()).matches()) {
            errors.add(new FieldError(at + "userId", "must be 1-128 letters, digits or ._:@-"));
        }
        checkTime(item.occurredAt(), at, now, errors);
        var type = SignalType.fromWireName(item.type());
        if (type.isEmpty()) {
            errors.add(new FieldError(at + "type", "must be one of the signal types, e.g. login or feature_used"));
        } else {
            checkTypeSpecifics(type.get(), item, at, errors);
        }
        if (item.name() != null && item.name().length() > MAX_NAME) {
            errors.add(new FieldError(at + "name", "must be at most " + MAX_NAME + " characters"));
        }
        if (item.properties() != null && item.properties().size() > MAX_PROPERTIES) {
            errors.add(new FieldError(at + "properties", "must hold at most " + MAX_PROPERTIES + " entries"));
        }
    }

    private void checkTime(Instant occurredAt, String at, Instant now, List<FieldError> errors) {
        if (occurredAt == null) {
            errors.add(new FieldError(at + "occurredAt", "is required"));
        } else if (occurredAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            errors.add(new FieldError(at + "occurredAt", "must not be more than 5 minutes in the future"));
        } else if (occurredAt.isBefore(now.minus(horizon))) {
            errors.add(new FieldError(at + "occurredAt", "must not be older than " + horizon.toDays() + " days"));
        }
    }

    private static void checkTypeSpecifics(SignalType type, SignalItem item, String at, List<FieldError> errors) {
        if (NAMED.contains(type) && (item.name() == null || item.name().isBlank())) {
            errors.add(new FieldError(at + "name", "is required for " + type.wireName()));
        }
        Double value = item.value();
        if (type == SignalType.NPS_RESPONSE) {
            if (value == null || value < 0 || value > 10 || value % 1 != 0) {
                errors.add(new FieldError(at + "value", "must be a whole number from 0 to 10 for nps_response"));
            }
        } else if (type == SignalType.ROI_REPORTED) {
            if (value == null) {
                errors.add(new FieldError(at + "value", "is required for roi_reported"));
            }
        } else if (value != null && value < 0) {
            errors.add(new FieldError(at + "value", "must not be negative for " + type.wireName()));
        }
    }
}
