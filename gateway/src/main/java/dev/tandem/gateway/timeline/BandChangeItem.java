package dev.tandem.gateway.timeline;

import dev.tandem.events.health.HealthBand;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;

/** The account's health moved into another band (health-service). */
@Description("The account's health moved into another band; a null band is N/A (no score)")
public class BandChangeItem extends BaseItem implements TimelineItem {

    private final Integer score;
    private final HealthBand band;
    private final HealthBand previousBand;

    BandChangeItem(Instant occurredAt, Integer score, HealthBand band, HealthBand previousBand) {
        super(occurredAt, TimelineKind.BAND_CHANGED, summary(score, band, previousBand));
        this.score = score;
        this.band = band;
        this.previousBand = previousBand;
    }

    private static String summary(Integer score, HealthBand band, HealthBand previousBand) {
        String from = previousBand == null ? "N/A" : previousBand.name();
        String to = band == null ? "N/A" : band.name();
        return "Health moved from " + from + " to " + to + (score == null ? "" : " (score " + score + ")");
    }

    public Integer getScore() {
        return score;
    }

    public HealthBand getBand() {
        return band;
    }

    public HealthBand getPreviousBand() {
        return previousBand;
    }
}
