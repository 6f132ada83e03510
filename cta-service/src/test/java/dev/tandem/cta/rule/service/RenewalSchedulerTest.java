package dev.tandem.cta.rule.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.Fixtures;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The renewal scheduler keeps no state of its own, so a restart is just another run: runs repeated, and two replicas
 * running at once, fire the renewal rule once per account and renewal date.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class RenewalSchedulerTest {

    private static final String RENEWAL_PLAYBOOK = "5a0e0000-0000-4000-8000-000000000001";

    @Inject
    RenewalScheduler scheduler;

    @Test
    void firesOnceAcrossRunsAndReplicasAndAttachesTheRenewalPlaybook() throws Exception {
        String plan = Fixtures.plan();
        UUID account = Fixtures.account(plan, "csm-renewals");
        LocalDate today = LocalDate.now();
        Fixtures.contract(account, 20, "48000", today.plusDays(100));
        UUID rule = Fixtures.rule("""
                {"name": "renewal in 120 days %s", "scope": {"plans": ["%s"]},
                 "trigger": {"kind": "RENEWAL_APPROACHING", "days": 120},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RENEWAL", "reason": "renewal %s",
                              "dueInDays": 90, "playbookId": "%s"}]}
                """.formatted(plan, plan, plan, RENEWAL_PLAYBOOK));

        // Two replicas at once, then a restarted one the next hour.
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(run(today)));
            }
            for (Future<Integer> done : runs) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        run(today).call();

        assertThat(Fixtures.firings(rule, account)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM cta WHERE account_id = '" + account + "'"))
                .isEqualTo(1);
        String cta = Fixtures.text("SELECT id FROM cta WHERE account_id = '" + account + "'");

        List<String> dueDates = Api.as(TestTokens.VIEWER)
                .get("/api/v1/ctas/{id}/tasks", cta)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("dueDate");
        // Spread over the 100 days before the renewal, as the playbook writes them, though the action says 90.
        assertThat(dueDates)
                .containsExactly(List.of(0, 7, 21, 28, 35, 42, 56, 84).stream()
                        .map(days -> today.plusDays(days).toString())
                        .toArray(String[]::new));
        assertThat(Fixtures.text("SELECT due_date FROM cta WHERE id = '" + cta + "'"))
                .isEqualTo(today.plusDays(100).toString());
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/ctas/{id}/tasks", cta)
                .then()
                .body("[0].title", org.hamcrest.Matchers.containsString("first-touch"))
                .body("[7].title", org.hamcrest.Matchers.containsString("story"))
                .body("ownerId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("csm-renewals")));
    }

    @Test
    void aRenewalFoundLateSqueezesItsTasksBeforeTheRenewalInsteadOfOntoOneDay() throws Exception {
        String plan = Fixtures.plan();
        UUID account = Fixtures.account(plan, "csm-late-renewal");
        LocalDate today = LocalDate.now();
        LocalDate renewal = today.plusDays(42);
        Fixtures.contract(account, 10, "24000", renewal);
        Fixtures.rule("""
                {"name": "renewal in 120 days %s", "scope": {"plans": ["%s"]},
                 "trigger": {"kind": "RENEWAL_APPROACHING", "days": 120},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RENEWAL", "reason": "renewal %s",
                              "dueInDays": 14, "playbookId": "%s"}]}
                """.formatted(plan, plan, plan, RENEWAL_PLAYBOOK));

        run(today).call();

        String cta = Fixtures.text("SELECT id FROM cta WHERE account_id = '" + account + "'");
        List<String> dueDates = Api.as(TestTokens.VIEWER)
                .get("/api/v1/ctas/{id}/tasks", cta)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("dueDate");
        assertThat(dueDates)
                .hasSize(8)
                .doesNotHaveDuplicates()
                .allMatch(day -> !LocalDate.parse(day).isAfter(renewal));
        assertThat(dueDates.get(7)).isEqualTo(renewal.toString());
    }

    @Test
    void aRenewalOutsideTheWindowDoesNotFireYet() throws Exception {
        String plan = Fixtures.plan();
        UUID account = Fixtures.account(plan, null);
        LocalDate today = LocalDate.now();
        Fixtures.contract(account, 5, "6000", today.plusDays(200));
        UUID rule = Fixtures.rule("""
                {"name": "renewal in 90 days %s", "scope": {"plans": ["%s"]},
                 "trigger": {"kind": "RENEWAL_APPROACHING", "days": 90},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RENEWAL", "reason": "renewal %s"}]}
                """.formatted(plan, plan, plan));

        run(today).call();
        assertThat(Fixtures.firings(rule, account)).isZero();

        // 110 days later the renewal is 90 days away.
        run(today.plusDays(110)).call();
        assertThat(Fixtures.firings(rule, account)).isEqualTo(1);
    }

    private Callable<Integer> run(LocalDate today) {
        return () -> {
            try {
                return VertxContextSupport.subscribeAndAwait(() -> scheduler.run(today));
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
