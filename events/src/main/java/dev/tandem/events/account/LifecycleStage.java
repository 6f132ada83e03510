package dev.tandem.events.account;

/** Where an account is in its customer lifecycle. */
public enum LifecycleStage {
    FREE,
    TRIAL,
    ONBOARDING,
    ADOPTION,
    RENEWAL,
    CHURNED
}
