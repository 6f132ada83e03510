package dev.tandem.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** account-service's retention answers for {@link FakeServices}: the first quarter of its docs' worked example. */
final class FakeRetention {

    private FakeRetention() {}

    static JsonObject report(List<String> breakdowns) {
        JsonArray groups = new JsonArray();
        breakdowns.forEach(by -> groups.add(new JsonObject()
                .put("by", by)
                .put(
                        "groups",
                        new JsonArray().add(new JsonObject().put("key", "LOW").put("metrics", metrics())))));
        return new JsonObject()
                .put("from", "2026-01-01")
                .put("to", "2026-03-31")
                .put("total", metrics())
                .put("breakdowns", groups);
    }

    static JsonArray series() {
        return new JsonArray()
                .add(new JsonObject()
                        .put("month", "2026-01")
                        .put("from", "2026-01-01")
                        .put("to", "2026-01-31")
                        .put("metrics", metrics()));
    }

    static JsonObject forecast() {
        JsonObject red = new JsonObject()
                .put("band", "RED")
                .put("contracts", 2)
                .put("arr", 40000)
                .put("historicalRenewalRate", 0.75)
                .put("sampleSize", 4)
                .put("expectedArr", 30000);
        JsonObject renewal = new JsonObject()
                .put("accountId", "acme-1")
                .put("accountName", "Acme 1")
                .put("contractId", "c1")
                .put("plan", "Growth")
                .put("arr", 20000)
                .put("renewsOn", "2026-12-20")
                .put("csmId", "csm-ana")
                .put("band", "RED")
                .put("score", 31);
        return new JsonObject()
                .put("from", "2026-12-07")
                .put("to", "2027-03-07")
                .put("contracts", 2)
                .put("arr", 40000)
                .put("arrAtRisk", 40000)
                .put("expectedArr", 30000)
                .put("bands", new JsonArray().add(red))
                .put("renewals", new JsonArray().add(renewal));
    }

    static JsonObject ltv() {
        JsonObject low = new JsonObject()
                .put("key", "LOW")
                .put("accounts", 18)
                .put("averageArr", 20000)
                .put("grossMargin", 0.80)
                .put("annualLogoChurnRate", 0.2)
                .put("sampleSize", 20)
                .put("ltv", 80000);
        return new JsonObject()
                .put("from", "2025-12-08")
                .put("asOf", "2026-12-07")
                .put("grossMargin", 0.80)
                .put("byTouchModel", new JsonArray().add(low))
                .put("bySegment", new JsonArray().add(low.copy().put("key", "LOW+COMMUNITY")));
    }

    private static JsonObject metrics() {
        return new JsonObject()
                .put(
                        "movements",
                        new JsonObject()
                                .put("startingLogos", 5)
                                .put("startingArr", 36000)
                                .put("newLogos", 1)
                                .put("newArr", 6000)
                                .put("expandedLogos", 1)
                                .put("expansionArr", 1000)
                                .put("contractedLogos", 1)
                                .put("contractionArr", 3000)
                                .put("churnedLogos", 2)
                                .put("churnedArr", 14000)
                                .put("endingLogos", 4)
                                .put("endingArr", 26000))
                .put(
                        "renewals",
                        new JsonObject()
                                .put("due", 3)
                                .put("renewed", 2)
                                .put("churned", 1)
                                .put("pending", 0))
                .put("logoChurnRate", 0.4)
                .put("grossRevenueRetention", 0.5278)
                .put("netRevenueRetention", 0.5556)
                .put("renewalRate", 0.6667)
                .put("bridgeAddsUp", true);
    }
}
