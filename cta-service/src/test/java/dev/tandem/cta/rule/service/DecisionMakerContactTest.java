package dev.tandem.cta.rule.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.Seat;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserRole;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "No touchpoint with a decision maker for N days" on high-touch accounts: opens a CTA once per stretch out of touch,
 * whether noticed when a touchpoint is recorded or by the scheduler as days pass, and resolves it once a touchpoint
 * with a decision maker is recorded.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class DecisionMakerContactTest {

    @Inject
    DecisionMakerContactScheduler scheduler;

    @Inject
    ResolutionSweep sweep;

    private final String csm = "csm-" + UUID.randomUUID();
    private final String plan = Fixtures.plan();

    @Test
    void opensACtaWhenTheLastContactIsTooOldAndResolvesItOnTheNextOne() throws Throwable {
        UUID account = Fixtures.account(plan, csm);
        UUID buyer = user(account, UserRole.DECISION_MAKER);
        UUID member = user(account, UserRole.MEMBER);
        UUID rule = rule(plan);

        record(account, List.of(buyer), 40);
        assertThat(Fixtures.firings(rule, account)).isEqualTo(1);
        String cta = Fixtures.text("SELECT id FROM cta WHERE status = 'OPEN' AND account_id = '" + account + "'");
        assertThat(Fixtures.text("SELECT summary FROM cta_signal WHERE cta_id = '" + cta + "'"))
                .startsWith("last touchpoint with a decision maker on ");

        // Contact with others does not count; a stretch out of touch fires once, however often it is looked at.
        record(account, List.of(member), 2);
        VertxContextSupport.subscribeAndAwait(() -> scheduler.run());
        assertThat(Fixtures.firings(rule, account)).isEqualTo(1);
        VertxContextSupport.subscribeAndAwait(() -> sweep.run(Instant.now()));
        assertThat(status(cta)).isEqualTo("OPEN");

        record(account, List.of(member, buyer), 1);
        VertxContextSupport.subscribeAndAwait(() -> sweep.run(Instant.now()));
        assertThat(status(cta)).isEqualTo("RESOLVED");
        assertThat(Fixtures.text("SELECT close_reason FROM cta WHERE id = '" + cta + "'"))
                .startsWith("Resolved by Tandem: no longer without a touchpoint with a decision maker for 30 days");
        assertThat(Fixtures.firings(rule, account)).isEqualTo(1);
    }

    @Test
    void theSchedulerFindsHighTouchAccountsWithoutAnyContactOnRecord() throws Throwable {
        UUID neverMet = Fixtures.account(plan, csm);
        UUID lowTouch = UUID.randomUUID();
        Fixtures.apply(new AccountCreated(
                lowTouch,
                Fixtures.externalId(lowTouch),
                "Low touch",
                null,
                null,
                null,
                BillingModel.SUBSCRIPTION,
                plan,
                LifecycleStage.ADOPTION,
                TouchModel.LOW,
                false,
                csm,
                null,
                Instant.now()));
        UUID rule = rule(plan);

        VertxContextSupport.subscribeAndAwait(() -> scheduler.run());
        VertxContextSupport.subscribeAndAwait(() -> scheduler.run());

        assertThat(Fixtures.firings(rule, neverMet)).isEqualTo(1);
        assertThat(Fixtures.firings(rule, lowTouch)).isZero();
    }

    private UUID rule(String plan) {
        return Fixtures.rule("""
                {"name": "no decision maker %s", "trigger": {"kind": "NO_DECISION_MAKER_CONTACT", "days": 30},
                 "scope": {"plans": ["%s"], "touchModels": ["HIGH"]},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "Meet the decision maker",
                              "priority": "HIGH"}]}
                """.formatted(plan, plan));
    }

    private void record(UUID account, List<UUID> participants, int daysAgo) {
        String users = String.join(
                ", ", participants.stream().map(id -> "\"" + id + "\"").toList());
        RestAssured.given()
                .auth()
                .oauth2(TestTokens.forUser(csm, TestTokens.CSM))
                .contentType("application/json")
                .body("""
                        {"type": "CALL", "occurredAt": "%s", "subject": "call", "participants": [%s]}
                        """.formatted(Instant.now().minus(daysAgo, ChronoUnit.DAYS), users))
                .post("/api/v1/accounts/{a}/touchpoints", account)
                .then()
                .statusCode(201);
    }

    private static UUID user(UUID account, UserRole role) {
        UUID id = UUID.randomUUID();
        Fixtures.apply(new UserCreated(
                id, account, "user-" + id, null, "User", role, Seat.PAID, Instant.now(), null, Instant.now()));
        return id;
    }

    private static String status(String cta) {
        return Fixtures.text("SELECT status FROM cta WHERE id = '" + cta + "'");
    }
}
