package dev.tandem.simulator.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.PlatformException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Success plans for the demo company's high-touch accounts, made through cta-service's API from a template as a CS
 * team would: more days with product use within half a year (on track when made: the account's own value, as the
 * default scorecard reads it, is the baseline) and more hours saved reported within twelve days (at risk when made: due
 * soon, nothing reported yet). Idempotent: the template is made once by name, and an account that has a plan keeps
 * it. An account without product use has a baseline of 0, which no percentage improves: it gets no plan.
 */
public final class DemoPlans {

    static final String TEMPLATE = "High touch: adoption and ROI";
    private static final int PAGE = 200;
    private static final int ROUNDS = 10;
    private static final Duration BETWEEN_ROUNDS = Duration.ofSeconds(3);

    private final PlatformClient admin;
    private final Endpoints endpoints;

    public DemoPlans(PlatformClient admin, Endpoints endpoints) {
        this.admin = admin;
        this.endpoints = endpoints;
    }

    /**
     * A plan for each high-touch account without one. An account whose active days cta-service has not heard of yet
     * (its score still on its way) is tried again a few rounds later.
     *
     * @return how many plans were made
     */
    public int apply() {
        String template = template();
        List<String> waiting = withoutPlan(highTouchAccounts());
        int made = 0;
        for (int round = 0; round < ROUNDS && !waiting.isEmpty(); round++) {
            if (round > 0) {
                pause();
            }
            List<String> later = new ArrayList<>();
            for (String account : waiting) {
                switch (make(account, template)) {
                    case MADE -> made++;
                    case NOT_YET -> later.add(account);
                    case NEVER -> {
                        // no baseline to improve on, or a plan made meanwhile
                    }
                }
            }
            waiting = later;
        }
        return made;
    }

    private enum Outcome {
        MADE,
        NOT_YET,
        NEVER
    }

    private Outcome make(String account, String template) {
        try {
            admin.post(
                    endpoints.cta().resolve("/api/v1/success-plans"),
                    Map.of(
                            "accountId", account,
                            "templateId", template,
                            // The customer's own figure at the kick-off: hours a month their team spends on reports.
                            "baselines", Map.of("hours_saved", 20 + Math.floorMod(account.hashCode(), 40))));
            return Outcome.MADE;
        } catch (PlatformException e) {
            if (e.status() == 400 && !e.getMessage().contains("is 0")) {
                return Outcome.NOT_YET;
            }
            if (e.status() == 400 || e.status() == 409) {
                return Outcome.NEVER;
            }
            throw e;
        }
    }

    private String template() {
        URI templates = endpoints.cta().resolve("/api/v1/success-plan-templates");
        for (JsonNode existing : admin.get(templates)) {
            if (TEMPLATE.equals(existing.path("name").asText())) {
                return existing.path("id").asText();
            }
        }
        return admin.post(templates, read("""
                        {"name": "%s", "touchModel": "HIGH", "objectives": [
                          {"title": "Days with product use up a tenth", "kind": "HEALTH", "metric": "active_days",
                           "direction": "UP", "improvementPercent": 10, "dueInDays": 180},
                          {"title": "Hours saved on reporting up a quarter", "kind": "ROI", "metric": "hours_saved",
                           "direction": "UP", "improvementPercent": 25, "dueInDays": 12}]}
                        """.formatted(TEMPLATE))).path("id").asText();
    }

    private List<String> highTouchAccounts() {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            String query = "/api/v1/accounts?touchModel=HIGH&first=" + PAGE
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            JsonNode page = admin.get(endpoints.account().resolve(query));
            page.path("items").forEach(account -> ids.add(account.path("id").asText()));
            after = page.path("hasMore").asBoolean() ? page.path("nextCursor").asText() : null;
        } while (after != null);
        return ids;
    }

    private List<String> withoutPlan(List<String> accounts) {
        Set<String> planned = new HashSet<>();
        for (int from = 0; from < accounts.size(); from += PAGE) {
            StringBuilder query = new StringBuilder("/api/v1/success-plans?first=" + PAGE);
            accounts.subList(from, Math.min(accounts.size(), from + PAGE))
                    .forEach(id -> query.append("&accountId=").append(id));
            admin.get(endpoints.cta().resolve(query.toString()))
                    .path("items")
                    .forEach(plan -> planned.add(plan.path("accountId").asText()));
        }
        return accounts.stream().filter(id -> !planned.contains(id)).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(BETWEEN_ROUNDS.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return PlatformClient.json().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Bad JSON in the demo plans: " + json, e);
        }
    }
}
