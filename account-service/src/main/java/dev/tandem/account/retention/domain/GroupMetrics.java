package dev.tandem.account.retention.domain;

/** The figures of the accounts that share one value of a breakdown; {@code key} null for accounts without one. */
public record GroupMetrics(String key, RetentionMetrics metrics) {}
