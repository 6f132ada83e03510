package dev.tandem.gateway.retention;

import org.eclipse.microprofile.graphql.Description;

@Description("Contract terms due for renewal in a period, by what became of them; pending ones have no outcome yet")
public record RenewalCounts(long due, long renewed, long churned, long pending) {}
