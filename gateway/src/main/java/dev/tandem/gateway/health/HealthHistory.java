package dev.tandem.gateway.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** An account's health over the last days. */
@Description("A score a day, every change, and how far the score moved over 7 and 30 days (null when either end has"
        + " no score).")
public record HealthHistory(
        int days, Integer current, Integer trend7, Integer trend30, List<HealthDay> daily, List<HealthChange> changes) {

    public record HealthDay(LocalDate day, Integer score, String band) {}

    public record HealthChange(Instant at, Integer score, String band) {}
}
