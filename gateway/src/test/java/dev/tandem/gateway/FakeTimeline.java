package dev.tandem.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The services' lists the account timeline merges, for {@link FakeServices}: acme-0's story, eleven items from five
 * sources, answered as the real lists do (at or before {@code before}, newest first, at most {@code limit}). Other
 * accounts have none.
 */
final class FakeTimeline {

    static final String DECISION_MAKER = "5e1a9c3f-2d7b-4f86-8a0e-3c9b7d1f5e22";
    static final UUID ENROLLMENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final UUID MILESTONE = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    static final UUID CTA = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private FakeTimeline() {}

    static void touchpoints(RoutingContext ctx) {
        List<JsonObject> all = ofAcme0(
                ctx,
                "accountId",
                List.of(
                        touchpoint(
                                "00000000-0000-0000-0000-0000000000a1",
                                "CALL",
                                "2026-11-10T10:00:00Z",
                                "csm-ana",
                                "Renewal call",
                                DECISION_MAKER),
                        touchpoint(
                                "00000000-0000-0000-0000-0000000000a2",
                                "QBR",
                                "2026-11-05T10:00:00Z",
                                "csm-ben",
                                "Q4 review",
                                null),
                        touchpoint(
                                "00000000-0000-0000-0000-0000000000a3",
                                "EMAIL",
                                "2026-11-01T09:00:00Z",
                                "csm-ben",
                                "Welcome",
                                null)));
        // cta-service's "to" is exclusive.
        List<String> to = ctx.queryParam("to");
        List<JsonObject> before = to.isEmpty()
                ? all
                : all.stream()
                        .filter(item ->
                                Instant.parse(item.getString("occurredAt")).isBefore(Instant.parse(to.get(0))))
                        .toList();
        List<JsonObject> page = newestFirst(before, List.of(), limit(ctx, "first"));
        FakeServices.json(
                ctx,
                200,
                new JsonObject()
                        .put("items", new JsonArray(List.copyOf(page)))
                        .put("nextCursor", null)
                        .put("hasMore", false));
    }

    static void ctaEvents(RoutingContext ctx) {
        JsonObject cta = new JsonObject()
                .put("id", CTA.toString())
                .put("type", "RISK")
                .put("reason", "usage fell")
                .put("priority", "HIGH")
                .put("status", "CLOSED_SUCCESS")
                .put("ownerId", "csm-ana")
                .put("closeReason", "usage back");
        answer(
                ctx,
                ofAcme0(
                        ctx,
                        "accountId",
                        List.of(
                                new JsonObject()
                                        .put("occurredAt", "2026-11-09T10:00:00Z")
                                        .put("kind", "CLOSED")
                                        .put("cta", cta),
                                new JsonObject()
                                        .put("occurredAt", "2026-11-08T10:00:00Z")
                                        .put("kind", "OPENED")
                                        .put("cta", cta))));
    }

    static void bandChanges(RoutingContext ctx) {
        answer(
                ctx,
                ofAcme0(
                        ctx,
                        "externalId",
                        List.of(new JsonObject()
                                .put("occurredAt", "2026-11-07T10:00:00Z")
                                .put("score", 72)
                                .put("band", "GREEN")
                                .put("previousBand", "YELLOW"))));
    }

    static void onboardingEvents(RoutingContext ctx) {
        answer(
                ctx,
                ofAcme0(
                        ctx,
                        "accountId",
                        List.of(
                                onboarding("2026-11-10T10:00:00Z", "SUCCEEDED", null, null),
                                onboarding("2026-10-15T00:00:00Z", "MILESTONE_REACHED", MILESTONE, "CRM connected"),
                                onboarding("2026-10-01T00:00:00Z", "ENROLLED", null, null))));
    }

    static void contractChanges(RoutingContext ctx) {
        answer(
                ctx,
                ofAcme0(
                        ctx,
                        "externalId",
                        List.of(
                                contract(
                                        2,
                                        "2026-11-06T10:00:00Z",
                                        "RENEWED",
                                        "contract c-1 renewed: 15000 EUR ARR",
                                        "crm-sync"),
                                contract(
                                        1,
                                        "2026-10-01T00:00:00Z",
                                        "STARTED",
                                        "contract c-1 started: 12000 EUR ARR",
                                        "crm-sync"))));
    }

    /** The items, when the path names acme-0 (by its Tandem id or its external id). */
    private static List<JsonObject> ofAcme0(RoutingContext ctx, String parameter, List<JsonObject> items) {
        String account = ctx.pathParam(parameter);
        boolean acme0 = "acme-0".equals(account)
                || FakeServices.idOf("acme-0").toString().equals(account);
        return acme0 ? items : List.of();
    }

    private static void answer(RoutingContext ctx, List<JsonObject> items) {
        FakeServices.json(
                ctx,
                200,
                new JsonArray(List.copyOf(newestFirst(items, ctx.queryParam("before"), limit(ctx, "limit")))));
    }

    private static List<JsonObject> newestFirst(List<JsonObject> items, List<String> before, int limit) {
        Instant until = before.isEmpty() ? Instant.MAX : Instant.parse(before.get(0));
        return items.stream()
                .filter(item -> !Instant.parse(item.getString("occurredAt")).isAfter(until))
                .sorted(Comparator.comparing((JsonObject item) -> Instant.parse(item.getString("occurredAt")))
                        .reversed())
                .limit(limit)
                .toList();
    }

    private static int limit(RoutingContext ctx, String name) {
        List<String> values = ctx.queryParam(name);
        return values.isEmpty() ? 50 : Integer.parseInt(values.get(0));
    }

    private static JsonObject touchpoint(
            String id, String type, String at, String author, String subject, String participant) {
        return new JsonObject()
                .put("id", id)
                .put("type", type)
                .put("occurredAt", at)
                .put("authorId", author)
                .put("subject", subject)
                .put(
                        "participants",
                        participant == null
                                ? new JsonArray()
                                : new JsonArray()
                                        .add(new JsonObject()
                                                .put("userId", participant)
                                                .put("name", "Dana")
                                                .put("role", "DECISION_MAKER")))
                .put("colleagues", new JsonArray())
                .put("sentiment", "POSITIVE");
    }

    private static JsonObject onboarding(String at, String kind, UUID milestone, String milestoneName) {
        return new JsonObject()
                .put("occurredAt", at)
                .put("kind", kind)
                .put("enrollmentId", ENROLLMENT.toString())
                .put("programId", FakeServices.PROGRAM.toString())
                .put("programName", "Growth onboarding")
                .put("milestoneId", milestone == null ? null : milestone.toString())
                .put("milestoneName", milestoneName);
    }

    private static JsonObject contract(long id, String at, String change, String summary, String actor) {
        return new JsonObject()
                .put("id", id)
                .put("occurredAt", at)
                .put("change", change)
                .put("summary", summary)
                .put("actor", actor);
    }
}
