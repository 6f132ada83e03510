package dev.tandem.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** Rules as cta-service's REST API reads and writes them, every field written out as it does. */
final class FakeRules {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

    private FakeRules() {}

    /** {@code GET /api/v1/rules}: a detractor rule that opens a CTA and calls a webhook. */
    static JsonObject rule() {
        return new JsonObject("""
                {"id": "%s", "name": "Detractor", "enabled": true,
                 "trigger": {"kind": "SIGNAL_MATCHED", "band": null, "points": null, "days": null, "percent": null,
                  "threshold": null, "stage": null, "touchModel": null,
                  "signal": {"type": "nps_response", "name": null, "minValue": null, "maxValue": 6.0,
                             "properties": {"survey": "q4", "channel": "in-app"}}},
                 "scope": {"touchModels": ["HIGH"], "stages": ["ADOPTION"], "plans": ["enterprise"]},
                 "reentry": {"mode": "AT_MOST_PER_WINDOW", "times": 1, "windowDays": 30},
                 "actions": [
                  {"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "Detractor", "priority": "HIGH",
                   "dueInDays": 3, "defaultOwner": "csm-lead", "team": ["cleo", "carl"],
                   "playbookId": "00000000-0000-0000-0000-0000000000b1", "templateId": null, "url": null,
                   "format": null, "surveyId": null, "roles": null, "throttleDays": null, "delayDays": null},
                  {"kind": "CALL_WEBHOOK", "ctaType": null, "reason": null, "priority": null, "dueInDays": null,
                   "defaultOwner": null, "team": null, "playbookId": null, "templateId": null,
                   "url": "https://hooks.example.com/tandem",
                   "format": "SLACK", "surveyId": null, "roles": null, "throttleDays": null, "delayDays": null},
                  {"kind": "SEND_SURVEY", "ctaType": null, "reason": null, "priority": null, "dueInDays": null,
                   "defaultOwner": null, "team": null, "playbookId": null, "templateId": null, "url": null,
                   "format": null, "surveyId": "00000000-0000-0000-0000-00000000aaaa", "roles": ["DECISION_MAKER"],
                   "throttleDays": 90, "delayDays": 30}],
                 "resolveAfterDays": 7, "applyToCurrentState": false, "inForceSince": "2026-11-30T08:00:00Z"}
                """.formatted(ID));
    }

    static JsonArray rules() {
        return new JsonArray().add(rule());
    }

    /** What a create or replace answers: the rule as stored. */
    static JsonObject saved(JsonObject request, String id) {
        return rule().put("id", id).put("name", request.getString("name"));
    }
}
