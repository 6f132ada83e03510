package dev.tandem.simulator.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.PlatformException;
import java.util.OptionalInt;

/** What the platform shows of an account, read as a CS team member would. */
public final class PlatformView {

    private final PlatformClient reader;
    private final Endpoints endpoints;

    public PlatformView(PlatformClient reader, Endpoints endpoints) {
        this.reader = reader;
        this.endpoints = endpoints;
    }

    /** The signals health-service has counted for the account over the last {@code days} days. */
    public long signalsCounted(String accountId, int days) {
        JsonNode activity =
                reader.get(endpoints.health().resolve("/api/v1/accounts/" + accountId + "/activity?days=" + days));
        long total = 0;
        for (JsonNode day : activity.path("days")) {
            total += day.path("signals").asLong();
        }
        return total;
    }

    /** The account's health score now; empty when it is N/A or health-service does not know the account yet. */
    public OptionalInt score(String accountId) {
        JsonNode health;
        try {
            health = reader.get(endpoints.health().resolve("/api/v1/accounts/" + accountId + "/health"));
        } catch (PlatformException e) {
            if (e.status() == 404) {
                return OptionalInt.empty();
            }
            throw e;
        }
        JsonNode score = health.path("score");
        return score.isNumber() ? OptionalInt.of(score.asInt()) : OptionalInt.empty();
    }
}
