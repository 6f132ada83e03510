package dev.tandem.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** Scorecards as health-service's REST API reads and writes them, every field set, nulls written out as it does. */
final class FakeScorecards {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000005c");

    private FakeScorecards() {}

    /** {@code GET /api/v1/scorecards}: one scorecard with a LINEAR, a THRESHOLD and a MANUAL measure. */
    static JsonObject scorecard() {
        return new JsonObject("""
                {"id": "%s", "name": "Enterprise health", "isDefault": false, "purpose": "HEALTH", "qualifyAt": null,
                 "priority": 10,
                 "criteria": {"stages": ["ADOPTION", "GROWTH"], "touchModels": ["HIGH"], "plans": []},
                 "version": 3, "updatedAt": "2026-11-02T09:15:30Z",
                 "groups": [
                  {"key": "adoption", "name": "Adoption", "description": "Daily use", "weight": 60,
                   "weightPercent": 75, "measures": [
                    {"key": "logins", "name": "Logins", "metric": "logins", "windowDays": 30, "weight": 2,
                     "weightPercent": 66.67, "whenNoData": "ZERO",
                     "scoring": {"type": "LINEAR", "fromValue": 0, "fromPoints": 0, "toValue": 20.5, "toPoints": 100,
                                 "thresholds": null}},
                    {"key": "features", "name": "Features used", "metric": "feature_uses", "windowDays": 7,
                     "weight": 1, "weightPercent": 33.33, "whenNoData": "NA",
                     "scoring": {"type": "THRESHOLD", "fromValue": null, "fromPoints": null, "toValue": null,
                                 "toPoints": null,
                                 "thresholds": [{"atLeast": 1, "points": 40}, {"atLeast": 5, "points": 100}]}}]},
                  {"key": "roi", "name": "ROI", "description": null, "weight": 20, "weightPercent": 25, "measures": [
                    {"key": "csm_view", "name": "CSM's view", "metric": null, "windowDays": null, "weight": 1,
                     "weightPercent": 100, "whenNoData": "NA",
                     "scoring": {"type": "MANUAL", "fromValue": null, "fromPoints": null, "toValue": null,
                                 "toPoints": null, "thresholds": null}}]}]}
                """.formatted(ID));
    }

    /** {@code GET /api/v1/accounts/{id}/pql}: a free account that qualifies, with its score's make-up. */
    static JsonObject pql(String account) {
        return new JsonObject("""
                {"account": "%s", "score": 82, "qualified": true, "qualifyAt": 70,
                 "scorecardId": "00000000-0000-0000-0000-00000000009c", "scorecardName": "Free plan seriousness",
                 "detail": {"score": 82, "band": "GREEN", "exactScore": 81.6,
                  "explanation": "Invites sent add the most",
                  "groups": [{"key": "engagement", "name": "Engagement", "score": 82, "exactScore": 81.6,
                   "effectiveWeight": 1,
                   "measures": [{"key": "invites", "name": "Invites sent", "rawValue": 4, "points": 81.6,
                                 "effectiveWeight": 1, "contribution": 81.6}]}]}}
                """.formatted(account));
    }

    static JsonArray scorecards() {
        return new JsonArray().add(scorecard());
    }

    /** What a create or replace answers: the scorecard as stored, with its rescoring job. */
    static JsonObject saved(JsonObject request, String id) {
        JsonObject stored = scorecard().put("id", id).put("name", request.getString("name"));
        return new JsonObject().put("scorecard", stored).put("rescoring", new JsonObject().put("status", "QUEUED"));
    }
}
