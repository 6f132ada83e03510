package dev.tandem.health.pql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.health.HealthDatabase;
import dev.tandem.health.OpenTransaction;
import dev.tandem.health.TestAccounts;
import dev.tandem.health.change.RescoringLocks;
import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.platform.sql.NativeSql;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * End users waiting for a PQL rescore, on the real database with the service's own refresher: a change naming users is
 * rescored once and goes; a user nothing is known about (erased since, say) gets no score; a user is rescored by one
 * transaction at a time; and a score stored by a rescoring that read the account as free, after the account started
 * paying, does not stay.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class UserPqlChangesTest {

    @Test
    void aChangeNamingAUserNothingIsKnownAboutStoresNoScoreForThem() throws Exception {
        String account = freeAccountWhereAnaLoggedIn();

        recordChange(account, "ana", "ghost");

        await().atMost(Duration.ofSeconds(20)).until(() -> waiting(account) == 0);
        assertThat(score(account, "ana"))
                .as("ana is known: her days are counted")
                .isNotNull();
        assertThat(HealthDatabase.count("SELECT count(*) FROM user_pql_score WHERE account_external_id = '" + account
                        + "' AND user_id = 'ghost'"))
                .as("no score is stored for a user with no counts and no score: it would bring an erased user back")
                .isZero();
    }

    @Test
    void aUserBeingRescoredIsRescoredAgainOnlyOnceTheFirstCommits() throws Exception {
        String account = freeAccountWhereAnaLoggedIn();

        OpenTransaction first = OpenTransaction.after(
                () -> RescoringLocks.hold(SubjectKind.END_USERS, List.of(new AccountUser(account, "ana"))));
        try {
            String change = recordChange(account, "ana");
            await().atMost(Duration.ofSeconds(20))
                    .alias("the refresher's rescoring of ana waits for the first")
                    .until(() -> HealthDatabase.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                    + " AND NOT granted AND objid::bigint = (hashtext('" + account
                                    + "/ana')::bigint & 4294967295)")
                            > 0);
            // Counted by its id: under load the account's own rescoring may record another change naming ana.
            assertThat(HealthDatabase.count("SELECT count(*) FROM user_pql_change WHERE id = " + change))
                    .as("the change stays until its rescoring commits")
                    .isOne();
        } finally {
            first.commit();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> waiting(account) == 0);
    }

    @Test
    void aScoreStoredByARescoringUnderWayWhenTheAccountStartsPayingIsForgottenAfterIt() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = freeAccountWhereAnaLoggedIn(accountId);
        // Bob's day is counted and he has no score yet; no change names him.
        HealthDatabase.execute("INSERT INTO user_signal_day (account_external_id, user_id, day, signals, logins,"
                + " last_seen_at) VALUES ('" + account + "', 'bob', current_date, 1, 1, now())");
        UUID scorecard = UUID.fromString(HealthDatabase.value("SELECT scorecard_id FROM user_pql_score"
                + " WHERE account_external_id = '" + account + "' AND user_id = 'ana'"));

        // A rescoring of bob that read the account as free stores his first score, and has not committed yet.
        AccountUser bob = new AccountUser(account, "bob");
        OpenTransaction rescoringBob =
                OpenTransaction.after(() -> RescoringLocks.hold(SubjectKind.END_USERS, List.of(bob))
                        .chain(() -> NativeSql.execute(
                                "INSERT INTO user_pql_score (account_external_id, user_id, score, band, qualified, scorecard_id,"
                                        + " computed_at) VALUES (:account, 'bob', 90, 'GREEN', TRUE, :scorecard, :at)",
                                Map.of("account", account, "scorecard", scorecard, "at", Instant.now()))));
        try {
            TestAccounts.announce(accountId, account, "Growth", "ONBOARDING");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> "Growth"
                            .equals(HealthDatabase.value(
                                    "SELECT plan FROM account_ref WHERE external_id = '" + account + "'")));
            TestAccounts.post(login(account, "ana"));
            await().atMost(Duration.ofSeconds(20))
                    .alias("the paying account's PQL rescoring forgets its users' scores")
                    .until(() -> score(account, "ana") == null);
        } finally {
            rescoringBob.commit();
        }

        assertThat(score(account, "bob"))
                .as("bob's score, stored after the account's users were forgotten")
                .isNotNull();
        await().atMost(Duration.ofSeconds(20))
                .alias("the change recorded for the account's users forgets bob's score too")
                .until(() -> score(account, "bob") == null);
    }

    private static String freeAccountWhereAnaLoggedIn() throws Exception {
        return freeAccountWhereAnaLoggedIn(UUID.randomUUID());
    }

    private static String freeAccountWhereAnaLoggedIn(UUID accountId) throws Exception {
        String account = "changes-" + accountId;
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        TestAccounts.post(login(account, "ana"));
        await().atMost(Duration.ofSeconds(20)).until(() -> score(account, "ana") != null && waiting(account) == 0);
        return account;
    }

    private static String login(String account, String user) {
        return """
                {"signals": [{"eventId": "%s", "accountId": "%s", "userId": "%s", "type": "login",
                  "occurredAt": "%s"}]}
                """.formatted(UUID.randomUUID(), account, user, Instant.now());
    }

    /** Records a change naming the users; its id. */
    private static String recordChange(String account, String... users) throws SQLException {
        String accounts =
                String.join(",", List.of(users).stream().map(u -> account).toList());
        return HealthDatabase.value("INSERT INTO user_pql_change (accounts, user_ids, size, changed_at)" + " VALUES ('{"
                + accounts + "}', '{" + String.join(",", users) + "}', " + users.length + ", now()) RETURNING id");
    }

    private static int waiting(String account) throws SQLException {
        return HealthDatabase.count("SELECT count(*) FROM user_pql_change WHERE '" + account + "' = ANY(accounts)");
    }

    /** The user's stored PQL score row, as its computation time; null if none. */
    private static String score(String account, String user) throws SQLException {
        return HealthDatabase.value("SELECT computed_at FROM user_pql_score WHERE account_external_id = '" + account
                + "' AND user_id = '" + user + "'");
    }
}
