package dev.tandem.cta.rule.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.content.Enrolled;
import dev.tandem.events.content.OnboardingExtended;
import dev.tandem.events.content.OnboardingSucceeded;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Onboarding overdue fires once per enrollment and due date; an ended onboarding never does. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class OnboardingOverdueTest {

    @Inject
    OnboardingOverdueScheduler scheduler;

    @Test
    void firesOncePerDueDateAndAgainAfterAnExtensionLapses() throws Throwable {
        String plan = Fixtures.plan();
        UUID late = Fixtures.account(plan, null);
        UUID done = Fixtures.account(plan, null);
        UUID rule = Fixtures.ctaRule(plan, "onboarding overdue " + plan, "{\"kind\": \"ONBOARDING_OVERDUE\"}");
        LocalDate today = LocalDate.now();
        UUID program = UUID.randomUUID();
        UUID lateEnrollment = UUID.randomUUID();
        UUID doneEnrollment = UUID.randomUUID();
        Fixtures.apply(new Enrolled(
                lateEnrollment, late, program, "Onboarding", today.minusDays(60), today.plusDays(5), false));
        Fixtures.apply(new Enrolled(
                doneEnrollment, done, program, "Onboarding", today.minusDays(60), today.plusDays(5), false));
        Fixtures.apply(new OnboardingSucceeded(doneEnrollment, done, program, today, 50));

        run(today);
        assertThat(Fixtures.firings(rule, late)).isZero();

        run(today.plusDays(6));
        run(today.plusDays(7));
        assertThat(Fixtures.firings(rule, late)).isEqualTo(1);
        assertThat(Fixtures.firings(rule, done)).isZero();

        Fixtures.apply(new OnboardingExtended(lateEnrollment, late, program, today.plusDays(20), 15));
        run(today.plusDays(8));
        assertThat(Fixtures.firings(rule, late)).isEqualTo(1);
        run(today.plusDays(21));
        assertThat(Fixtures.firings(rule, late)).isEqualTo(2);
    }

    private void run(LocalDate today) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> scheduler.run(today));
    }
}
