package dev.tandem.content.onboarding;

import static dev.tandem.content.onboarding.OnboardingTest.awaitEnrollment;
import static dev.tandem.content.onboarding.OnboardingTest.awaitReached;
import static dev.tandem.content.onboarding.OnboardingTest.program;
import static dev.tandem.content.onboarding.OnboardingTest.signal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.content.Fixtures;
import dev.tandem.content.enrollment.service.PeriodEnds;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "content")
class OnboardingStatsTest {

    @Inject
    PeriodEnds periodEnds;

    @Test
    void outcomesByCohortTheFunnelAndWhereAccountsStall() {
        String plan = "Plan-" + Fixtures.word();
        UUID program = Fixtures.program(program("Stats " + plan, plan, 30, "PROCEED", null, """
                {"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"},
                {"name": "Reports used", "kind": "FEATURE_USED", "subject": "reports"}
                """));
        UUID succeeds = enrolled(plan, LocalDate.of(2024, 1, 10));
        UUID fails = enrolled(plan, LocalDate.of(2024, 1, 20));
        UUID idle = enrolled(plan, LocalDate.of(2024, 2, 5));
        UUID halfway = enrolled(plan, LocalDate.of(2024, 2, 6));

        signal("crm-" + succeeds, "a", "setup_step_completed", "connect-crm", "ana", "2024-01-11");
        signal("crm-" + succeeds, "b", "feature_used", "reports", "ana", "2024-01-14");
        signal("crm-" + fails, "a", "setup_step_completed", "connect-crm", "ana", "2024-01-21");
        signal("crm-" + halfway, "a", "setup_step_completed", "connect-crm", "ana", "2024-02-07");
        awaitReached(succeeds, 2);
        awaitReached(fails, 1);
        awaitReached(halfway, 1);
        closePeriods(LocalDate.of(2024, 3, 1));

        JsonPath stats = Api.as(TestTokens.VIEWER)
                .get("/api/v1/programs/{id}/stats", program)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stats.getLong("overall.enrolled")).isEqualTo(4);
        assertThat(stats.getLong("overall.inProgress")).isEqualTo(2);
        assertThat(stats.getLong("overall.succeeded")).isEqualTo(1);
        assertThat(stats.getLong("overall.failed")).isEqualTo(1);
        assertThat(stats.getDouble("overall.successRate")).isEqualTo(0.5);
        assertThat(stats.getDouble("overall.medianDaysToSuccess")).isEqualTo(4.0);

        assertThat(stats.getLong("byCohort.'2024-01'.enrolled")).isEqualTo(2);
        assertThat(stats.getDouble("byCohort.'2024-01'.successRate")).isEqualTo(0.5);
        assertThat(stats.getLong("byCohort.'2024-02'.inProgress")).isEqualTo(2);
        assertThat(stats.getString("byCohort.'2024-02'.successRate"))
                .as("nothing ended yet")
                .isNull();

        assertThat(stats.getList("funnel.name")).containsExactly("CRM connected", "Reports used");
        assertThat(stats.getList("funnel.reached", Integer.class)).containsExactly(3, 1);
        assertThat(stats.getString("stalledAt.name")).isEqualTo("Reports used");
        assertThat(stats.getLong("stalledThere")).isEqualTo(2);
        assertThat(idle).isNotNull();
    }

    private static UUID enrolled(String plan, LocalDate start) {
        UUID account = UUID.randomUUID();
        Fixtures.accountCreated(account, "crm-" + account, plan, "LOW");
        Fixtures.contractStarted(account, UUID.randomUUID(), plan, 10_000, start);
        awaitEnrollment(account);
        return account;
    }

    /** Runs the period-end job for {@code day}, on a Vert.x context as the scheduler would. */
    private void closePeriods(LocalDate day) {
        try {
            io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> periodEnds.closeDuePeriods(day));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
