package dev.tandem.gateway.live;

import dev.tandem.events.health.HealthBand;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;

@Description("An account's health score or band changed, as health-service announced it.")
public record HealthScoreChange(
        @Description("Tandem's account id") UUID accountId,
        Integer previousScore,

        @Description("0-100, or null when the account has no score now")
        Integer score,

        HealthBand previousBand,
        HealthBand band,
        Instant computedAt) {}
