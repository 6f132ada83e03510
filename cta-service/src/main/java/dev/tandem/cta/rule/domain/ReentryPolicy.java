package dev.tandem.cta.rule.domain;

import dev.tandem.platform.problem.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a rule may fire for the same account: every time its trigger fires, at most {@code times} times ever, or
 * at most {@code times} times within any {@code windowDays} days.
 */
public record ReentryPolicy(Mode mode, Integer times, Integer windowDays) {

    public enum Mode {
        EVERY_TIME,
        AT_MOST,
        AT_MOST_PER_WINDOW
    }

    public static final ReentryPolicy EVERY_TIME = new ReentryPolicy(Mode.EVERY_TIME, null, null);

    /** Whether the rule may fire now for an account it fired for at {@code earlier}. */
    public boolean allows(List<Instant> earlier, Instant now) {
        return switch (mode) {
            case EVERY_TIME -> true;
            case AT_MOST -> earlier.size() < times;
            case AT_MOST_PER_WINDOW -> {
                Instant since = now.minus(Duration.ofDays(windowDays));
                yield earlier.stream().filter(at -> at.isAfter(since)).count() < times;
            }
        };
    }

    /** How far back firings matter: all of them for {@link Mode#AT_MOST}, the window otherwise. */
    public Instant lookBackFrom(Instant now) {
        return switch (mode) {
            case EVERY_TIME -> now;
            case AT_MOST -> Instant.EPOCH;
            case AT_MOST_PER_WINDOW -> now.minus(Duration.ofDays(windowDays));
        };
    }

    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (mode == null) {
            problems.add(new FieldError("reentry.mode", "is required"));
            return problems;
        }
        if (mode != Mode.EVERY_TIME && (times == null || times < 1)) {
            problems.add(new FieldError("reentry.times", "must be at least 1 for " + mode));
        }
        if (mode == Mode.AT_MOST_PER_WINDOW && (windowDays == null || windowDays < 1)) {
            problems.add(new FieldError("reentry.windowDays", "must be at least 1 for " + mode));
        }
        return problems;
    }
}
