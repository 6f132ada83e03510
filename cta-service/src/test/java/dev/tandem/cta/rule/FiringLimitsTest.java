package dev.tandem.cta.rule;

import static dev.tandem.cta.Fixtures.account;
import static dev.tandem.cta.Fixtures.firings;
import static dev.tandem.cta.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.health.PqlChanged;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What holds a matched rule back: an open CTA it would add to, a snooze, re-entry limits, a repeated trigger. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class FiringLimitsTest {

    private static final String DETRACTOR =
            "{\"kind\": \"SIGNAL_MATCHED\", \"signal\": {\"type\": \"nps_response\", \"maxValue\": 6}}";

    @Test
    void twoTriggersAtOnceAddToOneOpenCta() {
        String plan = plan();
        UUID account = account(plan, null);
        String reason = "unhappy " + plan;
        UUID bySignal = Fixtures.ctaRule(plan, reason, DETRACTOR);
        UUID byPql = Fixtures.ctaRule(plan, reason, "{\"kind\": \"PQL_CROSSED\", \"threshold\": 10}");

        // Different topics, different consumers: both reach the upsert at about the same time.
        UUID signal = Fixtures.send(nps(account, 2.0));
        UUID pql = Fixtures.send(new PqlChanged(account, 0, 50, true, Instant.now()));
        Fixtures.awaitApplied(signal);
        Fixtures.awaitApplied(pql);

        assertThat(firings(bySignal, account) + firings(byPql, account)).isEqualTo(2);
        assertThat(Fixtures.openCtas(account)).isEqualTo(1);
        assertThat(Fixtures.text("SELECT trigger_count FROM cta WHERE account_id = '" + account + "'"))
                .isEqualTo("2");
    }

    @Test
    void aSnoozedCtaKeepsItsRuleQuietUntilClosed() {
        String plan = plan();
        UUID account = account(plan, "csm-snooze");
        UUID rule = Fixtures.ctaRule(plan, "snoozable " + plan, DETRACTOR);
        Fixtures.apply(nps(account, 1.0));
        String cta = Fixtures.text("SELECT id FROM cta WHERE account_id = '" + account + "'");

        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"until\": \"%s\", \"reason\": \"customer on holiday\"}"
                        .formatted(LocalDate.now().plusDays(14)))
                .post("/api/v1/ctas/{id}/snooze", cta)
                .then()
                .statusCode(200)
                .body(
                        "snoozedUntil",
                        org.hamcrest.Matchers.equalTo(
                                LocalDate.now().plusDays(14).toString()));
        Fixtures.apply(nps(account, 2.0));

        assertThat(firings(rule, account)).isEqualTo(1);
        assertThat(Fixtures.text("SELECT trigger_count FROM cta WHERE id = '" + cta + "'"))
                .isEqualTo("1");

        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"outcome\": \"CLOSED_SUCCESS\", \"reason\": \"called them\"}")
                .post("/api/v1/ctas/{id}/close", cta)
                .then()
                .statusCode(200);
        Fixtures.apply(nps(account, 2.0));

        assertThat(firings(rule, account)).isEqualTo(2);
        assertThat(Fixtures.openCtas(account)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM cta WHERE account_id = '" + account + "'"))
                .isEqualTo(2);
    }

    @Test
    void atMostNTimesHolds() {
        String plan = plan();
        UUID account = account(plan, null);
        UUID rule = Fixtures.rule("""
                {"name": "twice %s", "trigger": %s, "scope": {"plans": ["%s"]},
                 "reentry": {"mode": "AT_MOST", "times": 2},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "twice %s"}]}
                """.formatted(plan, DETRACTOR, plan, plan));

        for (int i = 0; i < 4; i++) {
            Fixtures.apply(nps(account, 0.0));
        }

        assertThat(firings(rule, account)).isEqualTo(2);
    }

    @Test
    void atMostNPerWindowHolds() {
        String plan = plan();
        UUID account = account(plan, null);
        UUID rule = Fixtures.rule("""
                {"name": "monthly %s", "trigger": %s, "scope": {"plans": ["%s"]},
                 "reentry": {"mode": "AT_MOST_PER_WINDOW", "times": 1, "windowDays": 30},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "monthly %s"}]}
                """.formatted(plan, DETRACTOR, plan, plan));

        Fixtures.apply(nps(account, 0.0));
        Fixtures.apply(nps(account, 0.0));
        assertThat(firings(rule, account)).isEqualTo(1);

        // A firing from 31 days ago no longer counts.
        Fixtures.text("UPDATE rule_firing SET fired_at = now() - interval '31 days' WHERE rule_id = '" + rule
                + "' RETURNING 1");
        Fixtures.apply(nps(account, 0.0));
        assertThat(firings(rule, account)).isEqualTo(2);
    }

    @Test
    void aRedeliveredEventFiresNothingTwice() {
        String plan = plan();
        UUID account = account(plan, null);
        UUID rule = Fixtures.ctaRule(plan, "redelivered " + plan, DETRACTOR);
        Signal signal = nps(account, 4.0);
        UUID id = UUID.randomUUID();

        Fixtures.send(id, signal);
        Fixtures.send(id, signal);
        // One account's signals share a partition: once a later one is applied, both copies have been seen.
        Fixtures.apply(nps(account, 10.0));

        assertThat(firings(rule, account)).isEqualTo(1);
        assertThat(Fixtures.text("SELECT trigger_count FROM cta WHERE account_id = '" + account + "'"))
                .isEqualTo("1");
    }

    static Signal nps(UUID account, double value) {
        return new Signal(
                UUID.randomUUID().toString(),
                Fixtures.externalId(account),
                null,
                "nps_response",
                null,
                Instant.now(),
                value,
                Map.of());
    }
}
