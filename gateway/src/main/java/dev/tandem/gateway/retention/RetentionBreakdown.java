package dev.tandem.gateway.retention;

import java.util.List;

/** A period's figures broken down by one attribute; {@code by} as account-service names it (touchModel, ...). */
public record RetentionBreakdown(String by, List<RetentionGroup> groups) {}
