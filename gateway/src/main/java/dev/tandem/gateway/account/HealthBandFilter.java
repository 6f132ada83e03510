package dev.tandem.gateway.account;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** A health band to filter accounts on; unlike {@code HealthBand} it can ask for the accounts without a score. */
@Enum("HealthBandFilter")
@Description("A health band, or NA: no score (not scored yet, no data, or churned)")
public enum HealthBandFilter {
    RED,
    YELLOW,
    GREEN,
    NA
}
