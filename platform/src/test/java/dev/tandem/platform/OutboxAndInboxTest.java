package dev.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.platform.outbox.OutboxRelay;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "platform")
class OutboxAndInboxTest {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();
    private final TopicReader topics = new TopicReader(kafka);

    @Inject
    ProbeService service;

    @Inject
    Scheduler scheduler;

    @Test
    void eventCommittedWithAStateChangeReachesKafkaAsACloudEvent() throws Throwable {
        UUID account = UUID.randomUUID();

        UUID eventId = VertxContextSupport.subscribeAndAwait(() -> service.createAccount(account, "Acme"));

        var record = topics.find(Topics.ACCOUNT_EVENTS, r -> account.toString().equals(r.key()), DELIVERY);
        assertThat(record).as("published record").isPresent();
        assertThat(TopicReader.header(record.get(), "ce_id")).isEqualTo(eventId.toString());
        assertThat(TopicReader.header(record.get(), "ce_type")).isEqualTo(AccountCreated.TYPE);
        assertThat(TopicReader.header(record.get(), "ce_source")).isEqualTo("/account-service");
        assertThat(TopicReader.header(record.get(), "ce_subject")).isEqualTo(account.toString());
        assertThat(record.get().value()).contains("\"name\":\"Acme\"");
        await().atMost(DELIVERY)
                .until(() -> count("SELECT count(*) FROM outbox_event WHERE event_id = ?", eventId) == 0);
    }

    @Test
    void eventsAppendedTogetherArePublishedInTheirOrderEachUnderItsOwnId() throws Throwable {
        UUID account = UUID.randomUUID();
        List<UUID> subjects = List.of(account, account, UUID.randomUUID(), account);

        VertxContextSupport.subscribeAndAwait(() -> service.announceAll(subjects, "Bulk " + account));

        List<ConsumerRecord<String, String>> published = new ArrayList<>();
        await().atMost(DELIVERY).until(() -> {
            published.clear();
            published.addAll(topics.findAll(
                    Topics.ACCOUNT_EVENTS,
                    r -> r.value().contains("\"name\":\"Bulk " + account + "\""),
                    Duration.ofSeconds(2)));
            return published.size() == 4;
        });
        assertThat(published.stream().map(r -> r.key()).toList())
                .as("one key's events keep their order")
                .containsSubsequence(account.toString(), account.toString(), account.toString());
        assertThat(published.stream().map(r -> TopicReader.header(r, "ce_id")).distinct())
                .hasSize(4);
        assertThat(published.stream().map(r -> TopicReader.header(r, "ce_type")).distinct())
                .containsExactly(AccountCreated.TYPE);
    }

    @Test
    void relayStoppedBetweenCommitAndPublishDeliversOnceItRunsAgain() throws Throwable {
        UUID account = UUID.randomUUID();
        scheduler.pause(OutboxRelay.JOB);
        try {
            UUID eventId = VertxContextSupport.subscribeAndAwait(() -> service.createAccount(account, "Paused Ltd"));

            assertThat(count("SELECT count(*) FROM probe_account WHERE id = ?", account))
                    .isEqualTo(1);
            assertThat(count("SELECT count(*) FROM outbox_event WHERE event_id = ?", eventId))
                    .isEqualTo(1);
            assertThat(topics.findAll(
                            Topics.ACCOUNT_EVENTS, r -> account.toString().equals(r.key()), Duration.ofSeconds(1)))
                    .as("nothing is published while the relay is stopped")
                    .isEmpty();
        } finally {
            scheduler.resume(OutboxRelay.JOB);
        }

        assertThat(topics.find(Topics.ACCOUNT_EVENTS, r -> account.toString().equals(r.key()), DELIVERY))
                .isPresent();
    }

    @Test
    void redeliveredEventIsAppliedOnce() throws Exception {
        UUID account = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String payload = accountCreatedJson(account, "Twice Inc");

        try (var writer = new TopicWriter(kafka)) {
            var headers =
                    TopicWriter.cloudEventHeaders(eventId, AccountCreated.TYPE, "/account-service", account.toString());
            writer.send(Topics.ACCOUNT_EVENTS, account.toString(), payload, headers);
            writer.send(Topics.ACCOUNT_EVENTS, account.toString(), payload, headers);
            // Same key, same partition: once this marker is applied, both copies before it have been consumed.
            String marker = UUID.randomUUID().toString();
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    account.toString(),
                    payload,
                    TopicWriter.cloudEventHeaders(marker, AccountCreated.TYPE, "/account-service", account.toString()));
            await().atMost(DELIVERY)
                    .until(() -> count("SELECT count(*) FROM seen_account WHERE event_id = ?", UUID.fromString(marker))
                            == 1);
        }

        assertThat(count("SELECT count(*) FROM seen_account WHERE event_id = ?", UUID.fromString(eventId)))
                .isEqualTo(1);
    }

    @Test
    void malformedMessageGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() throws Exception {
        UUID account = UUID.randomUUID();
        String good = UUID.randomUUID().toString();

        try (var writer = new TopicWriter(kafka)) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    account.toString(),
                    "{not json",
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), AccountCreated.TYPE, "/account-service", account.toString()));
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    account.toString(),
                    accountCreatedJson(account, "After The Poison"),
                    TopicWriter.cloudEventHeaders(good, AccountCreated.TYPE, "/account-service", account.toString()));
        }

        await().atMost(DELIVERY)
                .until(() -> count("SELECT count(*) FROM seen_account WHERE event_id = ?", UUID.fromString(good)) == 1);
        var dead = topics.find(
                Topics.deadLetter(Topics.ACCOUNT_EVENTS),
                r -> account.toString().equals(r.key()),
                DELIVERY);
        assertThat(dead).as("dead-lettered record").isPresent();
        assertThat(dead.get().value()).isEqualTo("{not json");
        assertThat(TopicReader.header(dead.get(), "dead-letter-reason")).contains("does not match");
    }

    private static String accountCreatedJson(UUID account, String name) {
        return """
                {"accountId":"%s","externalId":"ext-%s","name":"%s","industry":"Software","employeeBand":"51-200",
                 "parentAccountId":null,"billingModel":"SUBSCRIPTION","plan":"FREE","stage":"FREE","touchModel":"TECH",
                 "community":false,"csmId":null,"cohort":null,"occurredAt":"2026-11-01T10:00:00Z"}
                """.formatted(account, account, name);
    }

    private static long count(String sql, Object parameter) throws SQLException {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("platform"), "postgres", "");
                var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
