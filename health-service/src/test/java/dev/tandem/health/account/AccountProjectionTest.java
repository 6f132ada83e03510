package dev.tandem.health.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.TandemEvent;
import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.StageChanged;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserErased;
import dev.tandem.health.account.service.AccountEventEffects;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** health-service learns about accounts from account.events alone, as account-service publishes them. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class AccountProjectionTest {

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();

    @Inject
    AccountEventEffects effects;

    @Test
    void accountStageAndContractedSeatsFollowTheEvents() throws Exception {
        UUID account = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        String created = """
                {"accountId": "%s", "externalId": "crm-%s", "name": "Acme", "industry": null, "employeeBand": null,
                 "parentAccountId": null, "billingModel": "SUBSCRIPTION", "plan": "FREE", "stage": "FREE",
                 "touchModel": "TECH", "community": false, "csmId": null, "cohort": null,
                 "occurredAt": "2026-11-01T10:00:00Z"}
                """.formatted(account, account);

        try (var writer = new TopicWriter(kafka)) {
            send(writer, account, AccountCreated.TYPE, created);
            send(writer, account, AccountCreated.TYPE, created);
            send(writer, account, ContractStarted.TYPE, contract(contract, account, 40, "ACTIVE"));
            send(writer, account, StageChanged.TYPE, """
                    {"accountId": "%s", "previousStage": "FREE", "stage": "ONBOARDING", "reason": "contract",
                     "changedAt": "2026-11-02T10:00:00Z"}
                    """.formatted(account));
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "ONBOARDING"
                        .equals(text("SELECT stage FROM account_ref " + "WHERE account_id = '" + account + "'")));
        assertThat(text("SELECT sum(seats)::text FROM contract_ref WHERE active AND account_id = '" + account + "'"))
                .isEqualTo("40");

        try (var writer = new TopicWriter(kafka)) {
            send(writer, account, ContractEnded.TYPE, contract(contract, account, 40, "ENDED"));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> text("SELECT sum(seats)::text FROM contract_ref WHERE active AND account_id = '" + account
                                + "'")
                        == null);
    }

    @Test
    void erasingAUserDeletesWhatIsKeptAboutThemAndKeepsTheAccountsNps() throws Exception {
        UUID account = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        String crmAccount = "crm-" + account;
        String person = "person-" + erased;
        String colleague = "colleague-" + erased;
        announce(account, crmAccount, erased, person);
        String now = Instant.now().toString();
        Api.asClient("erasure-test")
                .contentType(ContentType.JSON)
                .body("""
                        {"signals": [
                          {"eventId": "%4$s", "accountId": "%1$s", "userId": "%2$s", "type": "login", "occurredAt": "%5$s"},
                          {"eventId": "%6$s", "accountId": "%1$s", "userId": "%2$s", "type": "nps_response", "value": 9,
                           "occurredAt": "%5$s"},
                          {"eventId": "%7$s", "accountId": "%1$s", "userId": "%3$s", "type": "login", "occurredAt": "%5$s"}
                        ]}
                        """.formatted(
                        crmAccount, person, colleague, UUID.randomUUID(), now, UUID.randomUUID(), UUID.randomUUID()))
                .post("/api/v1/signals")
                .then()
                .statusCode(202);
        String ofPerson = " WHERE account_external_id = '" + crmAccount + "' AND user_id = '" + person + "'";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "1".equals(text("SELECT count(*) FROM user_signal_day" + ofPerson))
                        && "1".equals(text("SELECT count(*) FROM nps_response" + ofPerson))
                        && "1".equals(text("SELECT count(*) FROM user_ref WHERE user_id = '" + erased + "'")));

        erase(account, erased);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "0".equals(text("SELECT count(*) FROM user_ref WHERE user_id = '" + erased + "'")));
        assertThat(text("SELECT count(*) FROM user_signal_day" + ofPerson)).isEqualTo("0");
        assertThat(text("SELECT count(*) FROM nps_response" + ofPerson)).isEqualTo("0");
        // A change naming the person may wait still; once it is rescored, the person has no score again.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "0"
                        .equals(text("SELECT count(*) FROM user_pql_change WHERE '" + person + "' = ANY(user_ids)")));
        assertThat(text("SELECT count(*) FROM user_pql_score" + ofPerson)).isEqualTo("0");
        // The answer stays the account's, without the person; the colleague keeps their activity.
        assertThat(text("SELECT count(*) FROM nps_response WHERE account_external_id = '" + crmAccount + "'"))
                .isEqualTo("1");
        assertThat(text("SELECT count(*) FROM user_signal_day WHERE account_external_id = '" + crmAccount
                        + "' AND user_id = '" + colleague + "' AND last_seen_at IS NOT NULL"))
                .isEqualTo("1");
    }

    @Test
    void anErasureWaitsForAPqlRescoreOfThePersonInFlightAndDeletesTheNewScore() throws Exception {
        UUID account = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        String crmAccount = "crm-" + account;
        String person = "person-" + erased;
        announce(account, crmAccount, erased, person);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "1".equals(text("SELECT count(*) FROM user_ref WHERE user_id = '" + erased + "'")));
        String ofPerson = " WHERE account_external_id = '" + crmAccount + "' AND user_id = '" + person + "'";

        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var refresher = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "")) {
            // The refresher's part, played by hand: it holds the person while it stores their new score.
            refresher.setAutoCommit(false);
            refresher.createStatement().executeQuery("SELECT " + lock(crmAccount, person));
            refresher.createStatement().executeUpdate("""
                    INSERT INTO user_pql_score (account_external_id, user_id, score, qualified, scorecard_id, computed_at)
                    VALUES ('%s', '%s', 80, TRUE, '%s', now())
                    """.formatted(crmAccount, person, UUID.randomUUID()));

            erase(account, erased);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !"0"
                            .equals(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                    + " AND query LIKE '%tandem.user-pql-rescoring%'")));
            refresher.commit();
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "0".equals(text("SELECT count(*) FROM user_ref WHERE user_id = '" + erased + "'")));
        assertThat(text("SELECT count(*) FROM user_pql_score" + ofPerson)).isEqualTo("0");
    }

    @Test
    void aTransactionErasingTwoUsersWaitsForARescoringOfBothWithoutDeadlock() throws Exception {
        UUID account = UUID.randomUUID();
        String crmAccount = "crm-" + account;
        UUID ana = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        announce(account, crmAccount, ana, "ana");
        announceUser(account, bob, "bob");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "2".equals(text("SELECT count(*) FROM user_ref WHERE account_id = '" + account + "'")));
        // Rescorings take users' locks in key order: which of the two a rescoring of both takes first.
        boolean anaFirst = "t".equals(text("SELECT " + key(crmAccount, "ana") + " < " + key(crmAccount, "bob")));
        String first = anaFirst ? "ana" : "bob";
        String second = anaFirst ? "bob" : "ana";
        UserErased erasingSecond = new UserErased(anaFirst ? bob : ana, account, Instant.now());
        UserErased erasingFirst = new UserErased(anaFirst ? ana : bob, account, Instant.now());

        var postgres = EmbeddedInfrastructure.shared().postgres();
        CompletableFuture<Void> erasing;
        try (var refresher = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "")) {
            // A rescoring of both, part way: it holds the first user's lock and has not taken the second's yet.
            refresher.setAutoCommit(false);
            refresher.createStatement().executeQuery("SELECT " + lock(crmAccount, first));

            // A poll's transaction erasing both, the second user first, as the consumer applies a poll.
            List<TandemEvent> poll = List.of(erasingSecond, erasingFirst);
            erasing = CompletableFuture.runAsync(() -> {
                try {
                    VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> effects.prepare(poll)
                            .chain(() -> effects.project(erasingSecond))
                            .chain(() -> effects.project(erasingFirst))
                            .replaceWithVoid()));
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(20))
                    .alias("the erasure waits for the first user's lock, past PostgreSQL's one-second deadlock check")
                    .until(() -> !"0"
                            .equals(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                    + " AND query LIKE '%tandem.user-pql-rescoring%'"
                                    + " AND clock_timestamp() - query_start > interval '1500 milliseconds'")));
            // Had the erasure taken the second user's lock on its way, this would deadlock: PostgreSQL would fail it.
            refresher.createStatement().executeQuery("SELECT " + lock(crmAccount, second));
            refresher.commit();
        }

        erasing.get(20, TimeUnit.SECONDS);
        assertThat(text("SELECT count(*) FROM user_ref WHERE account_id = '" + account + "'"))
                .isEqualTo("0");
    }

    /** The lock a rescoring of the person holds (change.RescoringLocks, end users' space). */
    private static String lock(String crmAccount, String person) {
        return "pg_advisory_xact_lock(hashtext('tandem.user-pql-rescoring'), " + key(crmAccount, person) + ")";
    }

    private static String key(String crmAccount, String person) {
        return "hashtext('" + crmAccount + "/" + person + "')";
    }

    private void announce(UUID account, String crmAccount, UUID user, String person) {
        try (var writer = new TopicWriter(kafka)) {
            send(writer, account, AccountCreated.TYPE, """
                    {"accountId": "%s", "externalId": "%s", "name": "Globex", "industry": null, "employeeBand": null,
                     "parentAccountId": null, "billingModel": "SUBSCRIPTION", "plan": "FREE", "stage": "FREE",
                     "touchModel": "TECH", "community": false, "csmId": null, "cohort": null,
                     "occurredAt": "2026-11-01T10:00:00Z"}
                    """.formatted(account, crmAccount));
        }
        announceUser(account, user, person);
    }

    private void announceUser(UUID account, UUID user, String person) {
        try (var writer = new TopicWriter(kafka)) {
            send(writer, account, UserCreated.TYPE, """
                    {"userId": "%s", "accountId": "%s", "externalId": "%s", "email": "p@example.com", "name": "P",
                     "role": null, "seat": null, "signedUpAt": null, "invitedByUserId": null,
                     "occurredAt": "2026-11-01T10:00:00Z"}
                    """.formatted(user, account, person));
        }
    }

    private void erase(UUID account, UUID user) {
        try (var writer = new TopicWriter(kafka)) {
            send(writer, account, UserErased.TYPE, """
                    {"userId": "%s", "accountId": "%s", "erasedAt": "%s"}
                    """.formatted(user, account, Instant.now()));
        }
    }

    private static String contract(UUID contract, UUID account, int seats, String status) {
        return """
                {"contractId": "%s", "accountId": "%s", "plan": "Growth", "arr": 30000, "currency": "EUR",
                 "seats": %d, "startDate": "2026-11-01", "renewalDate": "2027-11-01", "autoRenew": true,
                 "status": "%s", "endReason": null, "occurredAt": "2026-11-01T10:00:00Z"}
                """.formatted(contract, account, seats, status);
    }

    private static void send(TopicWriter writer, UUID account, String type, String data) {
        writer.send(
                Topics.ACCOUNT_EVENTS,
                account.toString(),
                data,
                TopicWriter.cloudEventHeaders(
                        UUID.randomUUID().toString(), type, "/account-service", account.toString()));
    }

    private static String text(String sql) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "");
                var result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }
}
