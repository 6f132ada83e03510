package dev.tandem.health.domain.subject;

import java.time.LocalDate;

/** One account's day, by the vendor's account id and the UTC date. */
public record AccountDay(String account, LocalDate day) {}
