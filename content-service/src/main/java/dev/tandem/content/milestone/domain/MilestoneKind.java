package dev.tandem.content.milestone.domain;

/** What a milestone asks of an account. */
public enum MilestoneKind {
    /** The setup step named by the subject is done. */
    SETUP_STEP_DONE(true),
    /** At least threshold seats are in use. */
    SEATS_ACTIVE(false),
    /** The key feature named by the subject is used at least threshold times. */
    FEATURE_USED(true),
    /** A first ROI metric is reported: the one named by the subject, or any when there is none. */
    ROI_REPORTED(false);

    private final boolean needsSubject;

    MilestoneKind(boolean needsSubject) {
        this.needsSubject = needsSubject;
    }

    public boolean needsSubject() {
        return needsSubject;
    }
}
