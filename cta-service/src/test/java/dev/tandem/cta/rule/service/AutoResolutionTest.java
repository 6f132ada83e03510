package dev.tandem.cta.rule.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.cta.CtaClosed;
import dev.tandem.events.health.DimensionScore;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.PqlChanged;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A Red CTA closes itself once the account has stayed out of Red for the rule's period, with the reason recorded and
 * announced; a CTA someone took stays open. The sweep is run as of a later instant, as the clock would reach it.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class AutoResolutionTest {

    @Inject
    ResolutionSweep sweep;

    @Test
    void aRedCtaResolvesAfterSevenDaysOutOfRedAndIsAnnounced() throws Throwable {
        String plan = Fixtures.plan();
        UUID account = Fixtures.account(plan, "csm-resolve");
        Fixtures.ctaRule(plan, "red " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");
        Instant red = Instant.now();
        score(account, null, 30, null, HealthBand.RED, red);
        String cta = openCta(account);

        Instant green = red.plusSeconds(60);
        score(account, 30, 90, HealthBand.RED, HealthBand.GREEN, green);
        run(green.plus(Duration.ofDays(6)));
        assertThat(status(cta)).isEqualTo("OPEN");

        run(green.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(status(cta)).isEqualTo("RESOLVED");
        assertThat(Fixtures.text("SELECT close_reason FROM cta WHERE id = '" + cta + "'"))
                .startsWith("Resolved by Tandem: out of RED since")
                .contains("GREEN now");
        var announced = new TopicReader(Fixtures.kafka())
                .find(
                        Topics.CTA_EVENTS,
                        r -> CtaClosed.TYPE.equals(TopicReader.header(r, "ce_type"))
                                && r.value().contains(cta),
                        Fixtures.WAIT)
                .orElseThrow(() -> new AssertionError("no close announced for " + cta));
        assertThat(announced.value()).contains("\"outcome\":\"RESOLVED\"").contains("Resolved by Tandem");
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/ctas/{id}", cta)
                .then()
                .statusCode(200)
                .body("cta.status", equalTo("RESOLVED"))
                .body("cta.closedAt", notNullValue());
    }

    @Test
    void aTakenCtaStaysOpenWhenTheAccountRecovers() throws Throwable {
        String plan = Fixtures.plan();
        UUID account = Fixtures.account(plan, "csm-takes");
        Fixtures.ctaRule(plan, "red " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");
        Instant red = Instant.now();
        score(account, null, 30, null, HealthBand.RED, red);
        String cta = openCta(account);

        RestAssured.given()
                .auth()
                .oauth2(TestTokens.forUser("csm-takes", TestTokens.CSM))
                .post("/api/v1/ctas/{id}/take", cta)
                .then()
                .statusCode(200)
                .body("takenBy", equalTo("csm-takes"))
                .body("takenAt", notNullValue());
        score(account, 30, 90, HealthBand.RED, HealthBand.GREEN, red.plusSeconds(60));
        run(red.plus(Duration.ofDays(30)));

        assertThat(status(cta)).isEqualTo("OPEN");
    }

    /**
     * A PQL CTA follows the score after it opened: under the threshold, back over it (the period starts again), under
     * it once more, and resolved once it stayed under for the rule's period, the reason recorded.
     */
    @Test
    void aPqlCtaResolvesOnceTheScoreStayedUnderTheThresholdForTheRulesPeriod() throws Throwable {
        String plan = Fixtures.plan();
        UUID account = Fixtures.account(plan, "csm-pql");
        Fixtures.ctaRule(plan, "pql " + plan, "{\"kind\": \"PQL_CROSSED\", \"threshold\": 70}");
        Instant crossed = Instant.now();
        Fixtures.apply(new PqlChanged(account, 60, 75, true, crossed));
        String cta = openCta(account);

        Fixtures.apply(new PqlChanged(account, 75, 50, false, crossed.plusSeconds(60)));
        Fixtures.apply(new PqlChanged(account, 50, 72, true, crossed.plusSeconds(120)));
        run(crossed.plus(Duration.ofDays(8)));
        assertThat(status(cta)).as("the score came back over the threshold").isEqualTo("OPEN");

        Instant under = crossed.plusSeconds(180);
        Fixtures.apply(new PqlChanged(account, 72, 40, false, under));
        run(under.plus(Duration.ofDays(6)));
        assertThat(status(cta)).isEqualTo("OPEN");

        run(under.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(status(cta)).isEqualTo("RESOLVED");
        assertThat(Fixtures.text("SELECT close_reason FROM cta WHERE id = '" + cta + "'"))
                .startsWith("Resolved by Tandem: no longer PQL score at or above 70 since");
    }

    @Test
    void anotherCsmMayNotTakeSomeoneElsesCta() {
        String plan = Fixtures.plan();
        UUID account = Fixtures.account(plan, "csm-owner");
        Fixtures.ctaRule(plan, "red " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");
        score(account, null, 30, null, HealthBand.RED, Instant.now());

        RestAssured.given()
                .auth()
                .oauth2(TestTokens.forUser("csm-other", TestTokens.CSM))
                .post("/api/v1/ctas/{id}/take", openCta(account))
                .then()
                .statusCode(403);
    }

    private void run(Instant at) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sweep.run(at));
    }

    private static String openCta(UUID account) {
        return Fixtures.text("SELECT id FROM cta WHERE status = 'OPEN' AND account_id = '" + account + "'");
    }

    private static String status(String cta) {
        return Fixtures.text("SELECT status FROM cta WHERE id = '" + cta + "'");
    }

    private static void score(
            UUID account, Integer previous, int score, HealthBand previousBand, HealthBand band, Instant at) {
        Fixtures.apply(new ScoreChanged(
                account,
                UUID.randomUUID(),
                previous,
                score,
                previousBand,
                band,
                List.of(new DimensionScore("Adoption", score, BigDecimal.ONE)),
                at));
    }
}
