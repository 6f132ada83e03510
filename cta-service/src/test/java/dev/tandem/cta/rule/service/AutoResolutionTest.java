package dev.tandem.cta.rule.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.cta.CtaClosed;
import dev.tandem.events.health.DimensionScore;
import dev.tandem.events.health.HealthBand;
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
