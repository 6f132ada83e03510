package dev.tandem.health.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.health.HealthDatabase;
import dev.tandem.health.OpenTransaction;
import dev.tandem.health.TestAccounts;
import dev.tandem.health.score.service.AccountHealth;
import dev.tandem.health.score.service.ScoreRefresher;
import dev.tandem.health.scoring.config.ScoringConfig;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * How changes wait for a rescoring, on the real database: claimed oldest first up to a number of accounts, each account
 * once; a claimed change is nobody else's until given back or its lease runs out; and one account is rescored by one
 * transaction at a time. The refresher's schedule is paused, and what it would have claimed is rescored at the end.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class AccountChangesTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    AccountChanges changes;

    @Inject
    AccountHealth health;

    @Inject
    ScoringConfig config;

    @Inject
    Clock clock;

    @Inject
    Scheduler scheduler;

    @Test
    void changesAreClaimedOldestFirstUpToAboutTheClaimSizeEachAccountOnce() throws Throwable {
        String prefix = "changes-" + UUID.randomUUID() + "-";
        scheduler.pause(ScoreRefresher.JOB);
        try {
            drain();
            record(List.of(prefix + "b", prefix + "a"));
            record(List.of(prefix + "b", prefix + "c"));
            record(List.of(prefix + "d"));

            Claim<String> first = claim(1);
            assertThat(first.named())
                    .as("the oldest change is taken whole, though it names more than asked for")
                    .containsExactly(prefix + "a", prefix + "b");
            Claim<String> rest = claim(10);
            assertThat(rest.named())
                    .as("each account once, in code point order")
                    .containsExactly(prefix + "b", prefix + "c", prefix + "d");
            assertThat(rest.namings()).as("counting every naming").isEqualTo(3);
            assertThat(claim(10).isEmpty())
                    .as("claimed changes are nobody else's")
                    .isTrue();

            run(() -> Panache.withTransaction(() -> changes.giveBack(first.changes())));
            assertThat(claim(10).changes())
                    .as("a change given back is claimed again")
                    .isEqualTo(first.changes());

            refresherRescores(first);
            refresherRescores(rest);
            assertThat(waiting(prefix)).as("rescored: the changes are gone").isZero();
        } finally {
            scheduler.resume(ScoreRefresher.JOB);
        }
    }

    @Test
    void aClaimWhoseLeaseRanOutIsClaimedAgain() throws Throwable {
        String account = "lease-" + UUID.randomUUID();
        scheduler.pause(ScoreRefresher.JOB);
        try {
            drain();
            record(List.of(account));
            Instant now = Instant.now();
            Claim<String> crashed =
                    run(() -> Panache.withTransaction(() -> changes.claim(10, now, now.plusSeconds(1))));
            assertThat(crashed.named()).containsExactly(account);

            Instant later = now.plusSeconds(2);
            Claim<String> takenOver =
                    run(() -> Panache.withTransaction(() -> changes.claim(10, later, later.plus(LEASE))));
            assertThat(takenOver.changes()).isEqualTo(crashed.changes());
            refresherRescores(takenOver);
        } finally {
            scheduler.resume(ScoreRefresher.JOB);
        }
    }

    @Test
    void aSecondRescoringOfAnAccountWaitsUntilTheFirstCommits() throws Throwable {
        String account = "held-" + UUID.randomUUID();
        OpenTransaction first =
                OpenTransaction.after(() -> RescoringLocks.hold(SubjectKind.ACCOUNTS, List.of(account)));

        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> runUnchecked(() -> Panache.withTransaction(
                () -> RescoringLocks.hold(SubjectKind.ACCOUNTS, List.of(account, "another-" + UUID.randomUUID())))));
        await().atMost(Duration.ofSeconds(20))
                .alias("the second rescoring waits for the account's lock")
                .until(() -> waitingForAdvisoryLocks() > 0);
        assertThat(second).isNotDone();

        first.commit();
        second.get(20, TimeUnit.SECONDS);
    }

    @Test
    void anAccountThatCannotBeRescoredHoldsUpNoOther() throws Throwable {
        String poisoned = "poisoned-" + UUID.randomUUID();
        String healthy = "healthy-" + UUID.randomUUID();
        scheduler.pause(ScoreRefresher.JOB);
        // The database refuses to store the one account's score: a rescoring of any batch that holds it fails.
        HealthDatabase.execute("""
                CREATE FUNCTION refuse_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.account_external_id LIKE 'poisoned-%' THEN RAISE EXCEPTION 'refused'; END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER refuse_poisoned BEFORE INSERT OR UPDATE ON health_score
                    FOR EACH ROW EXECUTE FUNCTION refuse_poisoned();
                """);
        try {
            drain();
            for (String account : List.of(poisoned, healthy)) {
                TestAccounts.announce(UUID.randomUUID(), account, "FREE", "FREE");
                TestAccounts.post("""
                        {"signals": [{"eventId": "%s", "accountId": "%s", "userId": "ana", "type": "login",
                          "occurredAt": "%s"}]}
                        """.formatted(UUID.randomUUID(), account, Instant.now()));
            }
            // Counted, and so recorded as changed: the announcements' own changes come earlier, with nothing to score.
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> HealthDatabase.count("SELECT count(*) FROM account_day"
                                    + " WHERE account_external_id IN ('" + poisoned + "', '" + healthy + "')")
                            == 2);
            Claim<String> claimed = claim(Integer.MAX_VALUE);
            assertThat(claimed.named()).contains(poisoned, healthy);

            int failed = run(() -> refresherDrain().rescoreClaimed(claimed));

            assertThat(failed).isEqualTo(1);
            assertThat(storedScore(healthy))
                    .as("rescored, though its batch failed")
                    .isNotNull();
            assertThat(storedScore(poisoned)).isNull();
            assertThat(HealthDatabase.count("SELECT count(*) FROM score_change WHERE id IN (" + ids(claimed) + ")"))
                    .as("the claimed changes are ended")
                    .isZero();
            assertThat(HealthDatabase.count("SELECT count(*) FROM score_change WHERE '" + poisoned
                            + "' = ANY(accounts) AND claimed_until > now() + interval '50 seconds'"))
                    .as("the account that failed waits, as a change of its own, for tandem.scores.failed-retry-after"
                            + " (60 s), not for the next round")
                    .isOne();
            Claim<String> nextRound = claim(Integer.MAX_VALUE);
            assertThat(nextRound.named()).as("not retried by the next round").doesNotContain(poisoned);
            refresherRescores(nextRound);
        } finally {
            HealthDatabase.execute("DROP TRIGGER refuse_poisoned ON health_score; DROP FUNCTION refuse_poisoned()");
            scheduler.resume(ScoreRefresher.JOB);
        }
        // The minute passes.
        HealthDatabase.execute("UPDATE score_change SET claimed_until = NULL WHERE '" + poisoned + "' = ANY(accounts)");
        await().atMost(Duration.ofSeconds(20))
                .alias("scored once its time has come and the database takes it")
                .until(() -> storedScore(poisoned) != null);
    }

    /** Rescores what earlier tests left waiting, so that claims here see only this test's changes. */
    private void drain() throws Throwable {
        for (Claim<String> left = claim(Integer.MAX_VALUE); !left.isEmpty(); left = claim(Integer.MAX_VALUE)) {
            refresherRescores(left);
        }
    }

    private void record(List<String> accounts) throws Throwable {
        run(() -> Panache.withTransaction(() -> changes.record(accounts, Instant.now())));
    }

    private Claim<String> claim(int accounts) throws Throwable {
        Instant now = Instant.now();
        return run(() -> Panache.withTransaction(() -> changes.claim(accounts, now, now.plus(LEASE))));
    }

    private void refresherRescores(Claim<String> claimed) throws Throwable {
        run(() -> refresherDrain().rescoreClaimed(claimed));
    }

    /** What the refresher drains with, for running its steps by hand. */
    private ChangeDrain<String> refresherDrain() {
        return new ChangeDrain<>(changes, health::rescore, config.drain(), clock);
    }

    private static <T> T run(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }

    private static <T> void runUnchecked(Supplier<Uni<T>> work) {
        try {
            run(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static int waiting(String prefix) throws SQLException {
        return HealthDatabase.count(
                "SELECT count(*) FROM score_change, unnest(accounts) AS account WHERE account LIKE '" + prefix + "%'");
    }

    private static String ids(Claim<String> claimed) {
        return String.join(",", claimed.changes().stream().map(String::valueOf).toList());
    }

    private static String storedScore(String account) throws SQLException {
        return HealthDatabase.value("SELECT score FROM health_score WHERE account_external_id = '" + account + "'");
    }

    private static int waitingForAdvisoryLocks() throws SQLException {
        return HealthDatabase.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
    }
}
