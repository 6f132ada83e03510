package dev.tandem.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Onboarding programs and content items as content-service's REST API reads them, every field set. */
final class FakePrograms {

    private FakePrograms() {}

    /** {@code GET /api/v1/programs}: a premium program with a milestone of each kind. */
    static JsonObject program() {
        return new JsonObject("""
                {"id": "%s", "name": "Growth onboarding", "description": "First 90 days", "periodDays": 90,
                 "premium": true, "price": 1500.5, "currency": "EUR", "plans": ["Growth"], "touchModels": ["LOW"],
                 "endPolicy": "EXTEND", "extensionDays": 30, "version": 4,
                 "milestones": [
                  {"id": "00000000-0000-0000-0000-0000000000b1", "position": 1, "name": "CRM connected",
                   "kind": "SETUP_STEP_DONE", "subject": "crm_connected", "threshold": 1,
                   "useCaseIds": ["00000000-0000-0000-0000-0000000000c1"]},
                  {"id": "00000000-0000-0000-0000-0000000000b2", "position": 2, "name": "Team on board",
                   "kind": "SEATS_ACTIVE", "subject": null, "threshold": 5, "useCaseIds": []}]}
                """.formatted(FakeServices.PROGRAM));
    }

    static JsonArray programs() {
        return new JsonArray().add(program());
    }

    /** What a create or replace answers: the program as stored. */
    static JsonObject saved(JsonObject request, String id) {
        return program().put("id", id).put("name", request.getString("name"));
    }

    /** What a create or replace of a content item answers: the item as stored. */
    static JsonObject savedItem(JsonObject request, String id) {
        return new JsonObject()
                .put("id", id)
                .put("type", request.getString("type"))
                .put("title", request.getString("title"))
                .put("language", request.getString("language"))
                .put("status", "DRAFT")
                .put("version", 1);
    }
}
