package dev.tandem.events.account;

/** Whether an end user occupies a paid seat. */
public enum Seat {
    FREE,
    PAID
}
