package dev.tandem.health.activity.domain;

import java.time.LocalDate;

/** One account's day, by the vendor's account id and the UTC date. */
public record DayKey(String accountExternalId, LocalDate day) {}
