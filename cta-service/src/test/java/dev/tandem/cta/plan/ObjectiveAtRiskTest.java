package dev.tandem.cta.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.cta.Fixtures;
import dev.tandem.cta.plan.service.PlanSchedule;
import dev.tandem.cta.rule.service.ResolutionSweep;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The "objective at risk" trigger on the real broker and database: an objective falling behind opens a CTA, the CTA
 * resolves once no objective of the account is behind, and days passing put an objective behind with no new value.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class ObjectiveAtRiskTest {

    @Inject
    PlanSchedule schedule;

    @Inject
    ResolutionSweep sweep;

    @Test
    void anObjectiveFallingBehindOpensACtaThatResolvesWhenItIsAchieved() throws Throwable {
        String plan = Fixtures.plan();
        UUID rule = Fixtures.rule("""
                {"name": "Objective at risk %s", "trigger": {"kind": "OBJECTIVE_AT_RISK"}, "scope": {"plans": ["%s"]},
                 "resolveAfterDays": 1,
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "Success plan objective at risk"}]}
                """.formatted(UUID.randomUUID(), plan));
        UUID account = Fixtures.account(plan, "csm-plans");
        PlanFixtures.measured(account, Map.of("logins", "100"));

        // Due in ten days and nowhere near its target: at risk from the start.
        var created = PlanFixtures.create(account, PlanFixtures.objective("Logins up", "logins", "100", "200", 10));
        assertThat((String) created.path("objectives[0].status")).isEqualTo("AT_RISK");
        assertThat(Fixtures.openCtas(account)).isEqualTo(1);
        assertThat(Fixtures.firings(rule, account)).isEqualTo(1);
        String cta = Fixtures.text("SELECT id FROM cta WHERE status = 'OPEN' AND account_id = '" + account + "'");
        assertThat(Fixtures.text("SELECT string_agg(summary, '|') FROM cta_signal WHERE cta_id = '" + cta + "'"))
                .contains("objective \"Logins up\" new -> AT_RISK");

        // The target reached: no objective of the account is behind, so the condition has cleared ...
        PlanFixtures.measured(account, Map.of("logins", "210"));
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.text("SELECT condition_cleared_at FROM cta WHERE id = '" + cta + "'") != null);
        // ... and after the rule's day the CTA resolves itself.
        VertxContextSupport.subscribeAndAwait(() -> sweep.run(Instant.now().plus(Duration.ofDays(2))));
        assertThat(Fixtures.text("SELECT status FROM cta WHERE id = '" + cta + "'"))
                .isEqualTo("RESOLVED");

        // A second objective, on track today, falls behind its straight line as days pass without progress.
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(PlanFixtures.objective("Twice the logins", "logins", "210", "420", 200))
                .post("/api/v1/success-plans/{id}/objectives", (String) created.path("id"))
                .then()
                .statusCode(201);
        assertThat(Fixtures.openCtas(account)).isZero();

        VertxContextSupport.subscribeAndAwait(() -> schedule.run(Instant.now().plus(Duration.ofDays(100))));

        assertThat(Fixtures.text("SELECT status FROM plan_objective WHERE title = 'Twice the logins' AND account_id = '"
                        + account + "'"))
                .isEqualTo("AT_RISK");
        assertThat(Fixtures.openCtas(account)).isEqualTo(1);
        assertThat(Fixtures.firings(rule, account)).isEqualTo(2);
    }
}
