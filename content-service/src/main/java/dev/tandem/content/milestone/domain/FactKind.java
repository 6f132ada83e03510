package dev.tandem.content.milestone.domain;

import dev.tandem.events.signal.SignalType;
import java.util.Optional;

/** The usage facts milestones are conditions on, and the signal each comes from. */
public enum FactKind {
    /** A setup step done; the name is the step. */
    SETUP_STEP,
    /** A seat taken into use; the name is the user, so a seat activated twice counts once. */
    SEAT,
    /** A use of a feature; the name is the feature. */
    FEATURE,
    /** An ROI metric reported; the name is the metric. */
    ROI;

    public static Optional<FactKind> of(SignalType type) {
        return switch (type) {
            case SETUP_STEP_COMPLETED -> Optional.of(SETUP_STEP);
            case SEAT_ACTIVATED -> Optional.of(SEAT);
            case FEATURE_USED -> Optional.of(FEATURE);
            case ROI_REPORTED -> Optional.of(ROI);
            default -> Optional.empty();
        };
    }
}
