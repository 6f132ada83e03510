package dev.tandem.cta.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A rule switched on with "apply to accounts already Red" opens CTAs for the accounts Red at that moment, once; a rule
 * without it acts on entries from then on only.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class CurrentStateTest {

    @Test
    void switchingOnARuleForAccountsAlreadyRedOpensTheirCtasOnce() {
        String plan = Fixtures.plan();
        UUID red = Fixtures.account(plan, "csm-state");
        UUID alsoRed = Fixtures.account(plan, null);
        UUID green = Fixtures.account(plan, "csm-state");
        Fixtures.score(red, 50, 30, HealthBand.YELLOW, HealthBand.RED);
        Fixtures.score(alsoRed, 50, 35, HealthBand.YELLOW, HealthBand.RED);
        Fixtures.score(green, 50, 85, HealthBand.YELLOW, HealthBand.GREEN);

        UUID rule = Fixtures.rule(definition(plan, false));
        assertThat(Fixtures.openCtas(red))
                .as("a rule saved switched off acts on nobody")
                .isZero();

        save(rule, definition(plan, true));
        save(rule, definition(plan, true));

        assertThat(Fixtures.firings(rule, red)).isEqualTo(1);
        assertThat(Fixtures.firings(rule, alsoRed)).isEqualTo(1);
        assertThat(Fixtures.firings(rule, green)).isZero();
        assertThat(Fixtures.text("SELECT trigger_count || ' ' || owner_id FROM cta WHERE status = 'OPEN'"
                        + " AND account_id = '" + red + "'"))
                .isEqualTo("1 csm-state");
        assertThat(Fixtures.text("SELECT queue FROM cta WHERE status = 'OPEN' AND account_id = '" + alsoRed + "'"))
                .isEqualTo("Unassigned");
    }

    @Test
    void aRuleWithoutTheOptInLeavesAccountsAlreadyRedAlone() {
        String plan = Fixtures.plan();
        UUID red = Fixtures.account(plan, "csm-state");
        Fixtures.score(red, 50, 30, HealthBand.YELLOW, HealthBand.RED);

        UUID rule = Fixtures.ctaRule(plan, "red " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");

        assertThat(Fixtures.firings(rule, red)).isZero();
    }

    /**
     * A score computed a moment before the rule was switched on reaches cta-service after the pass over the accounts
     * then Red: the rule still takes it, so the account does not fall between the pass and the edges.
     */
    @Test
    void aRedScoreComputedBeforeTheSwitchAndReceivedAfterOpensItsCta() {
        String plan = Fixtures.plan();
        UUID account = Fixtures.account(plan, "csm-state");
        Fixtures.score(account, 70, 55, HealthBand.GREEN, HealthBand.YELLOW);
        Instant computedBefore = Instant.now().minusSeconds(2);

        UUID rule = Fixtures.rule(definition(plan, true));
        assertThat(Fixtures.firings(rule, account)).isZero();

        Fixtures.apply(new ScoreChanged(
                account, UUID.randomUUID(), 55, 30, HealthBand.YELLOW, HealthBand.RED, List.of(), computedBefore));

        assertThat(Fixtures.firings(rule, account)).isEqualTo(1);
        assertThat(Fixtures.openCtas(account)).isEqualTo(1);
    }

    private static String definition(String plan, boolean enabled) {
        return """
                {"name": "already red %s", "enabled": %s, "applyToCurrentState": true,
                 "trigger": {"kind": "BAND_ENTERED", "band": "RED"}, "scope": {"plans": ["%s"]},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "priority": "HIGH"}]}
                """.formatted(plan, enabled, plan);
    }

    private static void save(UUID rule, String json) {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(json)
                .put("/api/v1/rules/{id}", rule)
                .then()
                .statusCode(200);
    }
}
