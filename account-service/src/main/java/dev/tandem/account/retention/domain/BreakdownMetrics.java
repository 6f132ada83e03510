package dev.tandem.account.retention.domain;

import java.util.List;

/** A period's figures broken down by one attribute of the accounts. */
public record BreakdownMetrics(String by, List<GroupMetrics> groups) {}
