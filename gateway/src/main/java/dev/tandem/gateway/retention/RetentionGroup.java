package dev.tandem.gateway.retention;

import org.eclipse.microprofile.graphql.Description;

@Description("The figures of the accounts sharing one value of a breakdown; key null for accounts without one")
public record RetentionGroup(String key, RetentionMetrics metrics) {}
