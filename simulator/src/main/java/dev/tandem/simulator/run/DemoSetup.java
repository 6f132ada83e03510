package dev.tandem.simulator.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.simulator.model.AccountProfile;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a CS team configures before its customers flow in, done as the demo cs-admin: the rules that open CTAs, an
 * onboarding program for the paid plan, use cases and content. Idempotent by name: a second run adds nothing.
 */
public final class DemoSetup {

    /** The built-in renewal playbook (cta-service's migration V5). */
    static final String RENEWAL_PLAYBOOK = "5a0e0000-0000-4000-8000-000000000001";

    private final PlatformClient admin;
    private final Endpoints endpoints;

    public DemoSetup(PlatformClient admin, Endpoints endpoints) {
        this.admin = admin;
        this.endpoints = endpoints;
    }

    public void apply() {
        createRules();
        createProgram();
        createContent();
    }

    /**
     * The rules on health scores, which a backfill switches on once the platform has counted the history, as a
     * customer importing theirs would: paying customers only (free accounts are worked by the PQL rule), and the
     * accounts already Red when it is switched on.
     */
    public void switchOnHealthRules() {
        createRules(List.of("""
                {"name": "Health turned red", "trigger": {"kind": "BAND_ENTERED", "band": "RED"},
                 "scope": {"stages": ["ONBOARDING", "ADOPTION", "RENEWAL"]}, "applyToCurrentState": true,
                 "reentry": {"mode": "AT_MOST_PER_WINDOW", "times": 1, "windowDays": 30},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "priority": "HIGH", "dueInDays": 5}]}
                """));
    }

    /**
     * No rule on overdue onboarding: content-service enrolls the first sync's long-standing customers too, whose
     * onboarding periods ended long ago, and the rule would open a CTA for each of them.
     */
    private void createRules() {
        createRules(List.of("""
                {"name": "Renewal in 120 days", "trigger": {"kind": "RENEWAL_APPROACHING", "days": 120},
                 "scope": {"touchModels": ["HIGH", "LOW"]},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RENEWAL", "priority": "MEDIUM", "dueInDays": 14,
                              "playbookId": "%s"}]}
                """.formatted(RENEWAL_PLAYBOOK), """
                {"name": "Free account got serious", "trigger": {"kind": "PQL_CROSSED", "threshold": 70},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "OPPORTUNITY", "priority": "MEDIUM"}]}
                """, """
                {"name": "Detractor answered the NPS survey",
                 "trigger": {"kind": "SIGNAL_MATCHED", "signal": {"type": "nps_response", "maxValue": 6}},
                 "reentry": {"mode": "AT_MOST_PER_WINDOW", "times": 1, "windowDays": 90},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "priority": "MEDIUM"}]}
                """));
    }

    private void createRules(List<String> definitions) {
        URI rules = endpoints.cta().resolve("/api/v1/rules");
        Set<String> existing = names(admin.get(rules));
        for (String rule : definitions) {
            JsonNode body = read(rule);
            if (!existing.contains(body.path("name").asText())) {
                admin.post(rules, body);
            }
        }
    }

    private void createProgram() {
        URI programs = endpoints.content().resolve("/api/v1/programs");
        if (names(admin.get(programs)).contains("Business onboarding")) {
            return;
        }
        admin.post(programs, read("""
                {"name": "Business onboarding",
                 "description": "Data connected, a first dashboard, three people active and dashboards in daily use.",
                 "periodDays": 60, "plans": ["%s"],
                 "milestones": [
                   {"name": "Data connected", "kind": "SETUP_STEP_DONE", "subject": "connect-data"},
                   {"name": "First dashboard", "kind": "SETUP_STEP_DONE", "subject": "first-dashboard"},
                   {"name": "Three people active", "kind": "SEATS_ACTIVE", "threshold": 3},
                   {"name": "Dashboards in use", "kind": "FEATURE_USED", "subject": "dashboards", "threshold": 5}]}
                """.formatted(AccountProfile.PAID_PLAN)));
    }

    private void createContent() {
        URI useCases = endpoints.content().resolve("/api/v1/use-cases");
        Set<String> existing = names(admin.get(useCases));
        Map<String, String> created = new java.util.LinkedHashMap<>();
        for (Object[] useCase : new Object[][] {
            {"Connect a data source", 120, 30},
            {"Build a first dashboard", 80, 20},
            {"Set up alerts", 40, 15},
            {"Automate a weekly report", 25, 45}
        }) {
            if (!existing.contains((String) useCase[0])) {
                JsonNode saved = admin.post(
                        useCases,
                        Map.of("name", useCase[0], "questionsPerMonth", useCase[1], "minutesPerCustomer", useCase[2]));
                created.put((String) useCase[0], saved.path("id").asText());
            }
        }
        URI content = endpoints.content().resolve("/api/v1/content");
        if (created.containsKey("Connect a data source")) {
            admin.post(
                    content,
                    item(
                            "SETUP_VIDEO",
                            "Connect your data in five minutes",
                            "Step by step: pick the source, authorise access and check the first sync.",
                            created.get("Connect a data source"),
                            "ADMIN"));
        }
        if (created.containsKey("Build a first dashboard")) {
            admin.post(
                    content,
                    item(
                            "ARTICLE",
                            "Your first dashboard: the five charts teams start with",
                            "Usage over time, top accounts, open issues, goals and a weekly summary.",
                            created.get("Build a first dashboard"),
                            "MEMBER"));
        }
        // "Set up alerts" and "Automate a weekly report" stay without content: the demo's content gaps.
    }

    private static Map<String, Object> item(String type, String title, String body, String useCase, String role) {
        return Map.of(
                "type",
                type,
                "title",
                title,
                "body",
                body,
                "language",
                "en",
                "status",
                "PUBLISHED",
                "useCaseIds",
                List.of(useCase),
                "targetRoles",
                List.of(role));
    }

    private static Set<String> names(JsonNode list) {
        Set<String> names = new HashSet<>();
        JsonNode items = list.isArray() ? list : list.path("items");
        items.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private static JsonNode read(String json) {
        try {
            return PlatformClient.json().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Bad JSON in the demo setup: " + json, e);
        }
    }
}
