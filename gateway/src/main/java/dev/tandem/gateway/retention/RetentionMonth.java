package dev.tandem.gateway.retention;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("One month of a retention series (YYYY-MM), cut to the period asked for")
public record RetentionMonth(String month, LocalDate from, LocalDate to, RetentionMetrics metrics) {}
