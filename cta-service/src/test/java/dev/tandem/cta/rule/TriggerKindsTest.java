package dev.tandem.cta.rule;

import static dev.tandem.cta.Fixtures.account;
import static dev.tandem.cta.Fixtures.apply;
import static dev.tandem.cta.Fixtures.ctaRule;
import static dev.tandem.cta.Fixtures.firings;
import static dev.tandem.cta.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.Seat;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.StageChanged;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserRole;
import dev.tandem.events.content.OnboardingExtended;
import dev.tandem.events.content.OnboardingFailed;
import dev.tandem.events.health.DimensionScore;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.PqlChanged;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each trigger kind, driven by real events through the embedded broker: it fires on its edge and stays quiet while
 * the level persists. "Quiet" is checked after cta-service has applied the event, so it is not a race.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class TriggerKindsTest {

    @Test
    void bandEnteredFiresOnEntryAndAddsToTheOpenCtaWhenEnteredAgain() {
        String plan = plan();
        UUID account = account(plan, "csm-band");
        UUID rule = ctaRule(plan, "entered red " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");

        Fixtures.score(account, 62, 38, HealthBand.YELLOW, HealthBand.RED);
        assertThat(firings(rule, account)).isEqualTo(1);

        Fixtures.score(account, 38, 31, HealthBand.RED, HealthBand.RED);
        assertThat(firings(rule, account)).isEqualTo(1);

        Fixtures.score(account, 31, 55, HealthBand.RED, HealthBand.YELLOW);
        Fixtures.score(account, 55, 35, HealthBand.YELLOW, HealthBand.RED);
        assertThat(firings(rule, account)).isEqualTo(2);
        assertThat(Fixtures.openCtas(account)).isEqualTo(1);
        assertThat(Fixtures.text(
                        "SELECT trigger_count || ' ' || owner_id || ' ' || source FROM cta WHERE account_id = '"
                                + account + "'"))
                .isEqualTo("2 csm-band RULE");
        assertThat(Fixtures.count("SELECT count(*) FROM cta_signal s JOIN cta c ON c.id = s.cta_id "
                        + "WHERE c.account_id = '" + account + "'"))
                .isEqualTo(2);
    }

    @Test
    void anNaScoreAndAFirstScoreWithoutDataFireNothing() {
        String plan = plan();
        UUID account = account(plan, "csm-na");
        UUID red = ctaRule(plan, "red " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");
        UUID drop = ctaRule(plan, "drop " + plan, "{\"kind\": \"SCORE_DROPPED\", \"points\": 10, \"days\": 14}");

        // A contract arrived before any signal: the old health-service announced 0 Red with no dimension measured.
        apply(new ScoreChanged(
                account,
                UUID.randomUUID(),
                null,
                0,
                null,
                HealthBand.RED,
                List.of(new DimensionScore("Adoption", null, BigDecimal.ONE)),
                Instant.now()));
        // Today's health-service: N/A, score and band null.
        apply(new ScoreChanged(account, UUID.randomUUID(), null, null, null, null, List.of(), Instant.now()));

        assertThat(firings(red, account)).isZero();
        assertThat(firings(drop, account)).isZero();
        assertThat(Fixtures.openCtas(account)).isZero();

        // The first score with data enters Red.
        apply(new ScoreChanged(
                account,
                UUID.randomUUID(),
                null,
                30,
                null,
                HealthBand.RED,
                List.of(new DimensionScore("Adoption", 30, BigDecimal.ONE)),
                Instant.now()));
        assertThat(firings(red, account)).isEqualTo(1);
    }

    @Test
    void aHealthRuleLeavesFreeAccountsToPqlRules() {
        String plan = plan();
        UUID account = account(plan, "csm-free");
        apply(new StageChanged(account, LifecycleStage.ADOPTION, LifecycleStage.FREE, "downgraded", Instant.now()));
        UUID red = ctaRule(plan, "free red " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");

        Fixtures.score(account, 62, 38, HealthBand.YELLOW, HealthBand.RED);

        assertThat(firings(red, account)).isZero();
    }

    @Test
    void scoreDropFiresWhenTheDropWithinTheWindowIsReachedNotAsItContinues() {
        String plan = plan();
        UUID account = account(plan, null);
        Instant now = Instant.now();
        scoreAt(account, null, 80, now.minus(2, ChronoUnit.DAYS));
        scoreAt(account, 80, 72, now.minus(1, ChronoUnit.DAYS));
        UUID rule = ctaRule(plan, "dropped " + plan, "{\"kind\": \"SCORE_DROPPED\", \"points\": 20, \"days\": 14}");

        scoreAt(account, 72, 66, Instant.now());
        assertThat(firings(rule, account)).isZero();

        scoreAt(account, 66, 58, Instant.now());
        assertThat(firings(rule, account))
                .as("80 two days ago, 58 now: the history from before the rule counts towards the drop")
                .isEqualTo(1);

        scoreAt(account, 58, 54, Instant.now());
        assertThat(firings(rule, account)).isEqualTo(1);
    }

    /**
     * Health events reach cta-service a moment after the score changed: a band crossed just before a rule was saved
     * must not fire it when it arrives just after.
     */
    @Test
    void aChangeFromBeforeTheRuleWasSavedDoesNotFireItWhenItArrivesAfter() {
        String plan = plan();
        UUID account = account(plan, "csm-late");
        Instant crossedBefore = Instant.now().minusSeconds(2);
        UUID rule = ctaRule(plan, "entered red late " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");

        scoreAt(account, null, 20, HealthBand.RED, crossedBefore);
        assertThat(firings(rule, account)).isZero();
        assertThat(Fixtures.openCtas(account)).isZero();

        scoreAt(account, 20, 61, HealthBand.YELLOW, Instant.now());
        scoreAt(account, 61, 34, HealthBand.RED, Instant.now());
        assertThat(firings(rule, account)).isEqualTo(1);
        assertThat(Fixtures.text("SELECT s.summary FROM cta_signal s JOIN cta c ON c.id = s.cta_id "
                        + "WHERE c.account_id = '" + account + "'"))
                .as("the CTA was opened by the crossing after the rule was saved")
                .contains("61 -> 34");
    }

    @Test
    void seatsFireWhenNinetyPercentAreInUseNotForEachUserAfter() {
        String plan = plan();
        UUID account = account(plan, null);
        UUID rule = ctaRule(plan, "seats " + plan, "{\"kind\": \"SEATS_NEARLY_USED\"}");
        Fixtures.contract(account, 10, "24000", LocalDate.now().plusYears(1));

        for (int i = 1; i <= 8; i++) {
            paidUser(account, i);
        }
        assertThat(firings(rule, account)).isZero();

        paidUser(account, 9);
        assertThat(firings(rule, account)).isEqualTo(1);

        paidUser(account, 10);
        assertThat(firings(rule, account)).isEqualTo(1);
    }

    @Test
    void pqlFiresWhenTheThresholdIsCrossed() {
        String plan = plan();
        UUID account = account(plan, null);
        UUID rule = ctaRule(plan, "pql " + plan, "{\"kind\": \"PQL_CROSSED\", \"threshold\": 70}");

        apply(new PqlChanged(account, null, 50, false, Instant.now()));
        assertThat(firings(rule, account)).isZero();
        apply(new PqlChanged(account, 50, 75, true, Instant.now()));
        assertThat(firings(rule, account)).isEqualTo(1);
        apply(new PqlChanged(account, 75, 82, true, Instant.now()));
        assertThat(firings(rule, account)).isEqualTo(1);
    }

    @Test
    void signalFiresForEachMatchingSignalOnly() {
        String plan = plan();
        UUID account = account(plan, null);
        UUID rule = ctaRule(
                plan,
                "detractor " + plan,
                "{\"kind\": \"SIGNAL_MATCHED\", \"signal\": {\"type\": \"nps_response\", \"maxValue\": 6}}");

        nps(account, 9.0);
        assertThat(firings(rule, account)).isZero();
        nps(account, 3.0);
        assertThat(firings(rule, account)).isEqualTo(1);
    }

    @Test
    void stageAndSegmentFireOnEntry() {
        String plan = plan();
        UUID account = account(plan, null);
        UUID stageRule =
                ctaRule(plan, "renewal stage " + plan, "{\"kind\": \"STAGE_ENTERED\", \"stage\": \"RENEWAL\"}");
        UUID segmentRule =
                ctaRule(plan, "tech touch " + plan, "{\"kind\": \"SEGMENT_ENTERED\", \"touchModel\": \"TECH\"}");

        apply(new StageChanged(account, LifecycleStage.ADOPTION, LifecycleStage.RENEWAL, "contract", Instant.now()));
        apply(new StageChanged(account, LifecycleStage.RENEWAL, LifecycleStage.RENEWAL, "again", Instant.now()));
        apply(new SegmentChanged(account, TouchModel.LOW, TouchModel.TECH, false, Instant.now()));
        // the community flag changed; the touch model stayed
        apply(new SegmentChanged(account, TouchModel.TECH, TouchModel.TECH, true, Instant.now()));

        assertThat(firings(stageRule, account)).isEqualTo(1);
        assertThat(firings(segmentRule, account)).isEqualTo(1);
    }

    @Test
    void onboardingFailedAndExtendedFireTheirOwnRules() {
        String plan = plan();
        UUID account = account(plan, null);
        UUID failedRule = ctaRule(plan, "onboarding failed " + plan, "{\"kind\": \"ONBOARDING_FAILED\"}");
        UUID extendedRule = ctaRule(plan, "onboarding extended " + plan, "{\"kind\": \"ONBOARDING_EXTENDED\"}");
        UUID program = UUID.randomUUID();

        apply(new OnboardingExtended(
                UUID.randomUUID(), account, program, LocalDate.now().plusDays(30), 30));
        assertThat(firings(extendedRule, account)).isEqualTo(1);
        assertThat(firings(failedRule, account)).isZero();

        apply(new OnboardingFailed(UUID.randomUUID(), account, program, LocalDate.now(), 2, 5));
        assertThat(firings(failedRule, account)).isEqualTo(1);
        assertThat(Fixtures.text("SELECT type FROM cta WHERE account_id = '" + account + "' AND reason LIKE "
                        + "'onboarding failed%'"))
                .isEqualTo("RISK");
    }

    @Test
    void segmentLimitsKeepARuleToItsAccounts() {
        String plan = plan();
        UUID inside = account(plan, null);
        UUID outside = account(plan(), null);
        UUID rule = ctaRule(plan, "limited " + plan, "{\"kind\": \"PQL_CROSSED\", \"threshold\": 10}");

        apply(new PqlChanged(inside, 0, 20, true, Instant.now()));
        apply(new PqlChanged(outside, 0, 20, true, Instant.now()));

        assertThat(firings(rule, inside)).isEqualTo(1);
        assertThat(firings(rule, outside)).isZero();
    }

    static void nps(UUID account, double value) {
        apply(new Signal(
                UUID.randomUUID().toString(),
                Fixtures.externalId(account),
                null,
                "nps_response",
                null,
                Instant.now(),
                value,
                Map.of()));
    }

    private static void scoreAt(UUID account, Integer previous, int score, Instant at) {
        apply(new ScoreChanged(account, UUID.randomUUID(), previous, score, null, null, List.of(), at));
    }

    private static void scoreAt(UUID account, Integer previous, int score, HealthBand band, Instant at) {
        apply(new ScoreChanged(account, UUID.randomUUID(), previous, score, null, band, List.of(), at));
    }

    private static void paidUser(UUID account, int n) {
        apply(new UserCreated(
                UUID.randomUUID(),
                account,
                "user-" + n + "-" + account,
                "user" + n + "@example.org",
                "User " + n,
                UserRole.MEMBER,
                Seat.PAID,
                Instant.now(),
                null,
                Instant.now()));
    }
}
