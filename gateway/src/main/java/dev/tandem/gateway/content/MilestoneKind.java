package dev.tandem.gateway.content;

/** What a milestone asks of an account, as content-service names it. */
public enum MilestoneKind {
    /** The setup step named by the subject is done. */
    SETUP_STEP_DONE,
    /** At least threshold seats are in use. */
    SEATS_ACTIVE,
    /** The key feature named by the subject is used at least threshold times. */
    FEATURE_USED,
    /** A first ROI metric is reported: the one named by the subject, or any when there is none. */
    ROI_REPORTED
}
