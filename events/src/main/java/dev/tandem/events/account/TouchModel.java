package dev.tandem.events.account;

/** How much human attention an account gets, by expected lifetime value. */
public enum TouchModel {
    HIGH,
    LOW,
    TECH
}
