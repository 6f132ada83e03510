package dev.tandem.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** health-service's churn-analysis answers for {@link FakeServices}, shaped as its REST API writes them. */
final class FakeAnalyses {

    static final UUID COMPLETED = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private FakeAnalyses() {}

    static JsonObject analysis(UUID id, String status, boolean withResult) {
        return new JsonObject()
                .put("id", id.toString())
                .put("status", status)
                .put(
                        "parameters",
                        new JsonObject()
                                .put("from", "2024-12-07")
                                .put("to", "2026-12-07")
                                .put("horizonDays", 90)
                                .put("windowDays", 30)
                                .put("manualWeight", 10)
                                .put("pinned", new JsonArray()))
                .put("outcomesTotal", 412)
                .put("outcomesDone", withResult ? 412 : 0)
                .put("createdBy", "admin-user")
                .put("createdAt", "2026-12-07T10:00:00Z")
                .put("result", withResult ? result() : null)
                .put("self", "/api/v1/churn-analyses/" + id);
    }

    private static JsonObject result() {
        JsonObject measure = new JsonObject()
                .put("key", "logins")
                .put("name", "Logins")
                .put("metric", "logins")
                .put("windowDays", 30)
                .put("weight", 62.5)
                .put(
                        "scoring",
                        new JsonObject()
                                .put("type", "LINEAR")
                                .put("fromValue", 2)
                                .put("fromPoints", 0)
                                .put("toValue", 40)
                                .put("toPoints", 100))
                .put("whenNoData", "NA");
        return new JsonObject()
                .put("outcomes", 412)
                .put("churned", 96)
                .put("fittedOn", 288)
                .put("testedOn", 124)
                .put("testFrom", "2026-05-02")
                .put(
                        "findings",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("metric", "logins")
                                        .put("windowDays", 30)
                                        .put("outcomes", 412)
                                        .put("withData", 400)
                                        .put("noDataShare", 0.0291)
                                        .put("auc", 0.81)
                                        .put("direction", "HIGHER_IS_BETTER")
                                        .put("strength", 0.81)
                                        .put(
                                                "cohorts",
                                                new JsonArray()
                                                        .add(new JsonObject()
                                                                .put("from", 0)
                                                                .put("to", 3)
                                                                .put("outcomes", 40)
                                                                .put("churned", 22)
                                                                .put("churnRate", 0.55)))))
                .put(
                        "suggestion",
                        new JsonObject()
                                .put(
                                        "groups",
                                        new JsonArray()
                                                .add(new JsonObject()
                                                        .put("key", "usage")
                                                        .put("name", "Usage")
                                                        .put("weight", 90)
                                                        .put("measures", new JsonArray().add(measure)))))
                .put("current", backtest(0.71))
                .put("suggested", backtest(0.79));
    }

    private static JsonObject backtest(double auc) {
        return new JsonObject()
                .put("outcomes", 124)
                .put("scored", 120)
                .put("churned", 30)
                .put("auc", auc)
                .put(
                        "bands",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("band", "RED")
                                        .put("outcomes", 25)
                                        .put("churned", 15)
                                        .put("churnRate", 0.6)))
                .put("red", 25)
                .put("redChurned", 15)
                .put("redPrecision", 0.6)
                .put("redRecall", 0.5)
                .put("lowestDecile", 12)
                .put("lowestDecileChurned", 8)
                .put("lowestDecileLift", 2.67);
    }
}
