package dev.tandem.events.account;

/** The state of a contract. */
public enum ContractStatus {
    ACTIVE,
    ENDED,
    CANCELLED
}
