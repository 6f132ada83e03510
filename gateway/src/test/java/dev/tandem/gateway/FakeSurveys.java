package dev.tandem.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Stands in for cta-service's survey endpoints inside the test's gateway, answering as the real ones do: {@link #SURVEY}
 * and {@link #CAMPAIGN} exist, as does each campaign started here; any other id is 404; a scale whose min is not below
 * its max, a throttle beyond 365 days and a cohort that is no month are 400 naming the field. A campaign's webhook URL
 * is whole for cs-admins and cut to its host for everyone else. The last body of each POST is kept for the tests.
 */
@Singleton
public class FakeSurveys {

    static final UUID SURVEY = UUID.fromString("00000000-0000-0000-0000-00000000aaaa");
    static final UUID CAMPAIGN = UUID.fromString("00000000-0000-0000-0000-00000000c0de");

    private static final Map<String, JsonObject> BODIES = new ConcurrentHashMap<>();
    private static final Map<String, String> LIMITS = new ConcurrentHashMap<>();
    private static final Map<String, JsonObject> STARTED = new ConcurrentHashMap<>();
    private static final Pattern MONTH = Pattern.compile("(19|20|21)\\d\\d-(0[1-9]|1[0-2])");

    static JsonObject lastBody(String path) {
        return BODIES.get(path);
    }

    static String lastLimit() {
        return LIMITS.get("limit");
    }

    void routes(@Observes Router router) {
        router.get("/api/v1/surveys").handler(ctx -> json(ctx, 200, new JsonArray().add(nps(SURVEY))));
        router.get("/api/v1/surveys/:id").handler(ctx -> {
            if (!SURVEY.toString().equals(ctx.pathParam("id"))) {
                notFound(ctx);
                return;
            }
            json(ctx, 200, nps(SURVEY));
        });
        router.route(HttpMethod.POST, "/api/v1/surveys")
                .handler(BodyHandler.create())
                .handler(this::define);
        router.get("/api/v1/survey-campaigns").handler(ctx -> {
            LIMITS.put(
                    "limit",
                    ctx.queryParam("limit").isEmpty()
                            ? ""
                            : ctx.queryParam("limit").get(0));
            json(ctx, 200, new JsonArray().add(campaign(CAMPAIGN, SURVEY, null)));
        });
        router.get("/api/v1/survey-campaigns/:id").handler(ctx -> {
            JsonObject started = STARTED.get(ctx.pathParam("id"));
            if (started != null) {
                json(ctx, 200, asSeenBy(ctx, started));
                return;
            }
            if (!CAMPAIGN.toString().equals(ctx.pathParam("id"))) {
                notFound(ctx);
                return;
            }
            json(ctx, 200, campaign(CAMPAIGN, SURVEY, null));
        });
        router.route(HttpMethod.POST, "/api/v1/survey-campaigns")
                .handler(BodyHandler.create())
                .handler(this::start);
        router.get("/api/v1/survey-campaigns/:id/results").handler(ctx -> {
            if (!CAMPAIGN.toString().equals(ctx.pathParam("id"))) {
                notFound(ctx);
                return;
            }
            json(ctx, 200, results());
        });
    }

    private void define(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        BODIES.put("/api/v1/surveys", body);
        JsonArray questions = body.getJsonArray("questions") == null ? new JsonArray() : body.getJsonArray("questions");
        for (int i = 0; i < questions.size(); i++) {
            JsonObject question = questions.getJsonObject(i);
            if ("SCALE".equals(question.getString("kind"))
                    && (question.getInteger("min") == null
                            || question.getInteger("max") == null
                            || question.getInteger("min") >= question.getInteger("max"))) {
                problem(ctx, "questions[" + i + "].max", "a scale needs 0 <= min < max <= 100");
                return;
            }
        }
        JsonArray asked = new JsonArray();
        questions.forEach(q -> {
            JsonObject question = ((JsonObject) q).copy();
            if (question.getValue("choices") == null) {
                question.put("choices", new JsonArray());
            }
            question.put("required", !Boolean.FALSE.equals(question.getBoolean("required")));
            asked.add(question);
        });
        json(
                ctx,
                201,
                new JsonObject()
                        .put("id", UUID.randomUUID().toString())
                        .put("name", body.getString("name"))
                        .put("version", 2)
                        .put("kind", body.getString("kind"))
                        .put("subject", body.getString("subject"))
                        .put("intro", body.getString("intro"))
                        .put("questions", asked)
                        .put("createdBy", "ada")
                        .put("createdAt", "2026-12-01T09:00:00Z"));
    }

    private void start(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        BODIES.put("/api/v1/survey-campaigns", body);
        Integer throttle = body.getInteger("throttleDays");
        if (throttle != null && (throttle < 0 || throttle > 365)) {
            problem(ctx, "throttleDays", "must be 0 to 365");
            return;
        }
        JsonObject audience = body.getJsonObject("audience");
        for (String bound : List.of("cohortFrom", "cohortTo")) {
            String month = audience == null ? null : audience.getString(bound);
            if (month != null && !MONTH.matcher(month).matches()) {
                problem(ctx, "audience." + bound, "must be a month as YYYY-MM");
                return;
            }
        }
        JsonObject campaign =
                campaign(UUID.randomUUID(), UUID.fromString(body.getString("surveyId")), body.getString("sendAt"));
        campaign.put("name", body.getString("name"));
        // The gateway sends a channel left out as null; cta-service reads that as EMAIL.
        campaign.put("channel", body.getString("channel") == null ? "EMAIL" : body.getString("channel"));
        campaign.put("webhookUrl", body.getString("webhookUrl"));
        if (audience != null) {
            audience.fieldNames().forEach(field -> {
                if (audience.getValue(field) != null) {
                    campaign.getJsonObject("audience").put(field, audience.getValue(field));
                }
            });
        }
        STARTED.put(campaign.getString("id"), campaign);
        json(ctx, 201, asSeenBy(ctx, campaign));
    }

    private static JsonObject asSeenBy(RoutingContext ctx, JsonObject campaign) {
        return campaign.copy().put("webhookUrl", FakeCallers.urlFor(ctx, campaign.getString("webhookUrl")));
    }

    private static JsonObject nps(UUID id) {
        return new JsonObject()
                .put("id", id.toString())
                .put("name", "Quarterly NPS")
                .put("version", 1)
                .put("kind", "NPS")
                .put("subject", "How are we doing?")
                .put("intro", "One question, two minutes.")
                .put(
                        "questions",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("key", "score")
                                        .put("kind", "SCALE")
                                        .put("text", "How likely are you to recommend us?")
                                        .put("min", 0)
                                        .put("max", 10)
                                        .put("choices", new JsonArray())
                                        .put("required", true))
                                .add(new JsonObject()
                                        .put("key", "comment")
                                        .put("kind", "TEXT")
                                        .put("text", "Why?")
                                        .putNull("min")
                                        .putNull("max")
                                        .put("choices", new JsonArray())
                                        .put("required", false)))
                .put("createdBy", "ada")
                .put("createdAt", "2026-11-01T09:00:00Z");
    }

    private static JsonObject campaign(UUID id, UUID survey, String sendAt) {
        return new JsonObject()
                .put("id", id.toString())
                .put("surveyId", survey.toString())
                .put("name", "Q4 NPS")
                .put(
                        "audience",
                        new JsonObject()
                                .put("touchModels", new JsonArray().add("HIGH"))
                                .put("stages", new JsonArray())
                                .put("plans", new JsonArray())
                                .put("roles", new JsonArray())
                                .put("accountIds", new JsonArray())
                                .putNull("cohortFrom")
                                .putNull("cohortTo"))
                .put("throttleDays", 90)
                .put("expiresDays", 14)
                .put("sendAt", sendAt)
                .put("status", sendAt == null ? "DONE" : "SCHEDULED")
                .put("recipients", sendAt == null ? 40 : 0)
                .put("createdBy", "ada")
                .put("createdAt", "2026-12-01T09:00:00Z")
                .put("channel", "EMAIL")
                .putNull("webhookUrl");
    }

    private static void json(RoutingContext ctx, int status, Object body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.toString());
    }

    private static void notFound(RoutingContext ctx) {
        ctx.response()
                .setStatusCode(404)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("type", "urn:problem-type:tandem:not-found")
                        .put("title", "Not Found")
                        .put("status", 404)
                        .encode());
    }

    private static void problem(RoutingContext ctx, String field, String reason) {
        ctx.response()
                .setStatusCode(400)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("type", "urn:problem-type:tandem:invalid-input")
                        .put("title", "Invalid input")
                        .put("status", 400)
                        .put("detail", "The request has invalid fields.")
                        .put(
                                "errors",
                                new JsonArray()
                                        .add(new JsonObject()
                                                .put("field", field)
                                                .put("reason", reason)))
                        .encode());
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
                        "byCohort",
                        new JsonArray()
                                .add(cohort("2025-02", 30, 9, 0.3, score))
                                .add(cohort("UNKNOWN", 8, 1, 0.125, score)))
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

    private static JsonObject cohort(String month, int sent, int responses, double rate, JsonObject score) {
        return new JsonObject()
                .put("cohort", month)
                .put("sent", sent)
                .put("responses", responses)
                .put("responseRate", rate)
                .put("score", score);
    }
}
