package dev.tandem.gateway.health;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** health-service, guarded: timeout, retries and circuit breaker; failures come as the gateway's coded errors. */
@ApplicationScoped
public class HealthClient {

    private static final String SERVICE = "health";

    private final Downstream downstream;
    private final HealthApi api;

    public HealthClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, HealthApi.class);
    }

    /** The health of many accounts (by the vendor's id) in one call. */
    public Uni<Map<String, Health>> scores(List<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return downstream
                .read(SERVICE, () -> api.scores(accountIds))
                .map(found -> found.stream().collect(Collectors.toMap(Health::accountId, Function.identity())));
    }

    public Uni<PqlScore> pql(String accountId) {
        return downstream.read(SERVICE, () -> api.pql(accountId));
    }

    /** An end user's PQL score, by the vendor's account and user ids. */
    public Uni<UserPqlScore> userPql(String accountId, String userId) {
        return downstream.read(SERVICE, () -> api.userPql(accountId, userId));
    }

    public Uni<HealthHistory> history(String accountId, int days) {
        return downstream.read(SERVICE, () -> api.history(accountId, days));
    }

    public Uni<ManualMeasure> setManual(String accountId, String measureKey, ManualMeasureInput value) {
        return downstream.write(SERVICE, () -> api.setManual(accountId, measureKey, value));
    }

    public Uni<JsonNode> growthMetrics(int days, String accountId) {
        return downstream.read(SERVICE, () -> api.growthMetrics(days, accountId));
    }

    public Uni<List<JsonNode>> scorecards() {
        return downstream.read(SERVICE, api::scorecards);
    }

    public Uni<JsonNode> createScorecard(JsonNode scorecard) {
        return downstream.write(SERVICE, () -> api.createScorecard(scorecard));
    }

    public Uni<JsonNode> replaceScorecard(String id, JsonNode scorecard) {
        return downstream.write(SERVICE, () -> api.replaceScorecard(id, scorecard));
    }

    public Uni<Void> deleteScorecard(String id) {
        return downstream.write(SERVICE, () -> api.deleteScorecard(id));
    }
}
