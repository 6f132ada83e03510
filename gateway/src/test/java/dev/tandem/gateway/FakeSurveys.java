package dev.tandem.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Stands in for cta-service's survey results inside the test's gateway, answering as the real endpoint does:
 * {@link #CAMPAIGN} has results, any other campaign is 404.
 */
@Singleton
public class FakeSurveys {

    static final UUID CAMPAIGN = UUID.fromString("00000000-0000-0000-0000-00000000c0de");

    void routes(@Observes Router router) {
        router.get("/api/v1/survey-campaigns/:id/results").handler(ctx -> {
            if (!CAMPAIGN.toString().equals(ctx.pathParam("id"))) {
                ctx.response()
                        .setStatusCode(404)
                        .putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject()
                                .put("type", "urn:problem-type:tandem:not-found")
                                .put("title", "Not Found")
                                .put("status", 404)
                                .encode());
                return;
            }
            ctx.response()
                    .putHeader("Content-Type", "application/json")
                    .end(results().encode());
        });
    }

    private static JsonObject results() {
        JsonObject score = new JsonObject()
                .put("answers", 10)
                .put("promoters", 5)
                .put("passives", 3)
                .put("detractors", 2)
                .put("nps", 30)
                .put("mean", 7.9)
                .putNull("csatPercent");
        return new JsonObject()
                .put("kind", "NPS")
                .put("invited", 40)
                .put("sent", 38)
                .put("pending", 0)
                .put("failed", 1)
                .put("bounced", 1)
                .put("suppressed", 1)
                .put("responses", 10)
                .put("responseRate", 0.2632)
                .put("score", score)
                .put(
                        "bySegment",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("touchModel", "HIGH")
                                        .put("sent", 38)
                                        .put("responses", 10)
                                        .put("responseRate", 0.2632)
                                        .put("score", score)))
                .put(
                        "byWeek",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("weekStart", "2026-11-30")
                                        .put("score", score)))
                .put(
                        "comments",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("accountId", "00000000-0000-0000-0000-0000000000a1")
                                        .put("accountName", "Acme")
                                        .put("score", 9)
                                        .put("comment", "The onboarding was great")
                                        .put("answeredAt", "2026-12-01T10:00:00Z")));
    }
}
