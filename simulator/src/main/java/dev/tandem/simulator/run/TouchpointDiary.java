package dev.tandem.simulator.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.simulator.model.AccountTruth;
import dev.tandem.simulator.model.TouchpointPlan;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.PlatformException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo CSMs' calls, QBRs and e-mails with their high- and low-touch accounts ({@link TouchpointPlan}), pushed as
 * an e-mail and calendar integration would: PUT by the integration's own id, so a rerun on the same day changes
 * nothing. Each account's Tandem id, touch model, CSM and users are read from account-service first.
 */
final class TouchpointDiary {

    private static final Set<String> DECISION_MAKER_ROLES = Set.of("DECISION_MAKER", "EXECUTIVE_SPONSOR");

    /** cta-service learns of accounts and users from account.events, a moment after account-service. */
    private static final int ATTEMPTS = 5;

    /** The diary covers the signals' window at most: a long history adds no touchpoints, and no run time. */
    static final int LONGEST_DAYS = 90;

    private final PlatformClient integrator;
    private final Endpoints endpoints;
    private final long seed;
    private final LocalDate today;
    private final int days;

    TouchpointDiary(PlatformClient integrator, Endpoints endpoints, long seed, LocalDate today, int days) {
        this.integrator = integrator;
        this.endpoints = endpoints;
        this.seed = seed;
        this.today = today;
        this.days = Math.min(days, LONGEST_DAYS);
    }

    /** @return how many touchpoints were pushed, and how many accounts were skipped as not yet known */
    int[] record(List<AccountTruth> accounts, int parallelism) {
        AtomicInteger pushed = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(parallelism);
        try {
            List<CompletableFuture<Void>> work = new ArrayList<>();
            for (AccountTruth account : accounts) {
                work.add(CompletableFuture.runAsync(
                        () -> {
                            int count = record(account);
                            if (count < 0) {
                                skipped.incrementAndGet();
                            } else {
                                pushed.addAndGet(count);
                            }
                        },
                        workers));
            }
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        } finally {
            workers.shutdownNow();
        }
        return new int[] {pushed.get(), skipped.get()};
    }

    /** @return the touchpoints pushed for the account; -1 when cta-service did not know it or its users in time */
    private int record(AccountTruth truth) {
        JsonNode account = integrator.get(accountUri(truth.accountId(), ""));
        String touchModel = account.path("touchModel").asText();
        String csm = account.path("csmId").asText(null);
        if (csm == null || !(touchModel.equals("HIGH") || touchModel.equals("LOW"))) {
            return 0;
        }
        List<String> decisionMakers = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (JsonNode user : integrator
                .get(accountUri(truth.accountId(), "/users?first=200"))
                .path("items")) {
            (DECISION_MAKER_ROLES.contains(user.path("role").asText()) ? decisionMakers : others)
                    .add(user.path("id").asText());
        }
        List<TouchpointPlan.Touchpoint> planned = TouchpointPlan.of(
                seed, truth.accountId(), truth.state(), touchModel.equals("HIGH"), decisionMakers, others, today, days);
        String tandemId = account.path("id").asText();
        for (TouchpointPlan.Touchpoint touchpoint : planned) {
            if (!push(tandemId, csm, touchpoint)) {
                return -1;
            }
        }
        return planned.size();
    }

    private boolean push(String accountId, String csm, TouchpointPlan.Touchpoint touchpoint) {
        String source = touchpoint.type().equals("EMAIL") ? "demo-mail" : "demo-calendar";
        URI uri = endpoints
                .cta()
                .resolve("/api/v1/accounts/" + accountId + "/touchpoints/external/" + source + "/"
                        + touchpoint.externalId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", touchpoint.type());
        body.put("occurredAt", touchpoint.occurredAt());
        body.put("subject", touchpoint.subject());
        body.put("body", touchpoint.body());
        body.put("participants", touchpoint.participants());
        body.put("sentiment", touchpoint.sentiment());
        body.put("authorId", csm);
        for (int attempt = 1; ; attempt++) {
            try {
                integrator.put(uri, body);
                return true;
            } catch (PlatformException e) {
                boolean notYetKnown = e.status() == 404 || e.status() == 400;
                if (!notYetKnown || attempt == ATTEMPTS) {
                    if (notYetKnown) {
                        return false;
                    }
                    throw e;
                }
                pause();
            }
        }
    }

    private URI accountUri(String accountId, String rest) {
        return endpoints.account().resolve("/api/v1/accounts/" + accountId + rest);
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
