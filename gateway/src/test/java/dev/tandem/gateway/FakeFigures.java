package dev.tandem.gateway;

import io.vertx.core.json.JsonObject;

/** Growth metrics and program statistics as health-service and content-service write them, maps and all. */
final class FakeFigures {

    private FakeFigures() {}

    /** {@code GET /api/v1/growth-metrics}. */
    static JsonObject growth() {
        return new JsonObject("""
                {"from": "2026-11-08", "to": "2026-12-07", "signups": 120, "activatedSignups": 54,
                 "activationRate": 0.45, "convertedSignups": 9, "conversionRate": 0.075,
                 "npsByCohort": {"2026-10": 31, "2026-11": -4}, "activeUsers": 812, "invitesSent": 240,
                 "invitesAccepted": 60, "viralCoefficient": 0.074, "nps": 22, "npsAnswers": 77,
                 "usageFrequency": {"DAILY": 300, "WEEKLY": 280, "OCCASIONALLY": 150, "INACTIVE": 82}}
                """);
    }

    /** {@code GET /api/v1/programs/{id}/stats}. */
    static JsonObject stats(String program) {
        return new JsonObject("""
                {"programId": "%s",
                 "overall": {"enrolled": 40, "inProgress": 10, "succeeded": 24, "failed": 6,
                             "medianDaysToSuccess": 41.5, "successRate": 0.8},
                 "byCohort": {"2026-09": {"enrolled": 20, "inProgress": 0, "succeeded": 15, "failed": 5,
                                          "medianDaysToSuccess": 44.0, "successRate": 0.75},
                              "2026-10": {"enrolled": 20, "inProgress": 10, "succeeded": 9, "failed": 1,
                                          "medianDaysToSuccess": null, "successRate": 0.9}},
                 "funnel": [{"milestoneId": "00000000-0000-0000-0000-0000000000d1", "name": "First login",
                             "position": 1, "reached": 38},
                            {"milestoneId": "00000000-0000-0000-0000-0000000000d2", "name": "First report",
                             "position": 2, "reached": 26}],
                 "stalledAt": {"milestoneId": "00000000-0000-0000-0000-0000000000d2", "name": "First report",
                               "position": 2, "reached": 26},
                 "stalledThere": 9}
                """.formatted(program));
    }
}
