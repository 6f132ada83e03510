package dev.tandem.account.retention.repository;

import dev.tandem.account.retention.domain.Breakdown;

/** Which accounts a row of figures is about: all ({@code by} null), or those with one value of a breakdown. */
public record Group(Breakdown by, String key) {

    public static final Group ALL = new Group(null, null);
}
