package dev.tandem.gateway.cta;

/** What a rule watches for, as cta-service names it; each fires the moment its condition becomes true. */
public enum TriggerKind {
    BAND_ENTERED,
    SCORE_DROPPED,
    SEATS_NEARLY_USED,
    ACTIVE_USERS_DROPPED,
    RENEWAL_APPROACHING,
    ONBOARDING_OVERDUE,
    ONBOARDING_FAILED,
    ONBOARDING_EXTENDED,
    ONBOARDING_SUCCEEDED,
    PQL_CROSSED,
    SIGNAL_MATCHED,
    STAGE_ENTERED,
    SEGMENT_ENTERED,
    OBJECTIVE_AT_RISK,
    NO_DECISION_MAKER_CONTACT
}
