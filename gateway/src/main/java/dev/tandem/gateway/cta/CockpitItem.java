package dev.tandem.gateway.cta;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("One line of a CSM's cockpit: the CTA, what ranked it, and its urgency (0-100).")
public record CockpitItem(
        Cta cta, String accountName, Integer healthScore, BigDecimal arr, LocalDate renewalDate, double urgency) {}
