package dev.tandem.cta.rule.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.Fixtures;
import dev.tandem.cta.account.repository.ActivityProjection;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Week-over-week active-user drops, from login signals of three past weeks. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class ActivityDropSchedulerTest {

    @Inject
    ActivityDropScheduler scheduler;

    @Test
    void firesTheWeekActiveUsersDropNotWhileTheyStayLow() throws Throwable {
        String plan = Fixtures.plan();
        UUID dropping = Fixtures.account(plan, null);
        UUID alreadyLow = Fixtures.account(plan, null);
        UUID rule = Fixtures.ctaRule(
                plan, "active users halved " + plan, "{\"kind\": \"ACTIVE_USERS_DROPPED\", \"percent\": 50}");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate lastWeek = ActivityProjection.weekOf(today).minusWeeks(1);

        logins(dropping, lastWeek.minusWeeks(2), 10);
        logins(dropping, lastWeek.minusWeeks(1), 10);
        logins(dropping, lastWeek, 4);
        logins(alreadyLow, lastWeek.minusWeeks(2), 10);
        logins(alreadyLow, lastWeek.minusWeeks(1), 4);
        logins(alreadyLow, lastWeek, 1);

        VertxContextSupport.subscribeAndAwait(() -> scheduler.run(today));
        VertxContextSupport.subscribeAndAwait(() -> scheduler.run(today));

        assertThat(Fixtures.firings(rule, dropping)).isEqualTo(1);
        assertThat(Fixtures.firings(rule, alreadyLow)).isZero();
        assertThat(Fixtures.text(
                        "SELECT s.summary FROM cta_signal s JOIN cta c ON c.id = s.cta_id WHERE c.account_id = '"
                                + dropping + "'"))
                .startsWith("active users 10 -> 4");
    }

    /** {@code users} distinct users log in on the Wednesday of the week starting {@code week}. */
    private static void logins(UUID account, LocalDate week, int users) {
        UUID last = null;
        for (int i = 0; i < users; i++) {
            last = Fixtures.send(new Signal(
                    UUID.randomUUID().toString(),
                    Fixtures.externalId(account),
                    "user-" + i,
                    "login",
                    null,
                    week.plusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC),
                    null,
                    Map.of()));
        }
        Fixtures.awaitApplied(last);
    }
}
