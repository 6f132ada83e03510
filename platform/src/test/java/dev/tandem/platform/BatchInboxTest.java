package dev.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.signal.Signal;
import dev.tandem.platform.inbox.InboxConfig;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.kafka.TopicWriter.Outgoing;
import dev.tandem.testing.postgres.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A poll is applied in one transaction; a record that cannot be applied is parked alone on the dead-letter topic and
 * its neighbours are applied once each, in the poll's order. Each test sends one poll under a key of its own: one
 * partition, one producer batch, so the consumer reads it as one poll.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "platform")
class BatchInboxTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetter(ProbeBatchConsumer.TOPIC);

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();

    @Inject
    ProbeBatchConsumer consumer;

    @Inject
    InboxConfig config;

    @Test
    void aRecordTheDatabaseRefusesIsParkedAloneAndEveryOtherIsAppliedOnceInOrder() throws Exception {
        UUID account = UUID.randomUUID();
        List<String> names = names("refused", 20);
        // Longer than the column takes: valid JSON, refused by the database.
        String poison = "poison " + "x".repeat(200) + " " + account;
        List<Outgoing> poll = new ArrayList<>(
                names.stream().map(name -> created(account, name)).toList());
        poll.add(7, created(account, poison));

        send(poll);

        await().atMost(DELIVERY).until(() -> seen(account) == 20);
        assertThat(seenNames(account)).as("applied in the poll's order").containsExactlyElementsOf(names);
        assertThat(count("SELECT count(*) FROM processed_event WHERE consumer = 'probe-batch' AND event_id IN ("
                        + ids(poll) + ")"))
                .as("each applied event recorded, the refused one not")
                .isEqualTo(20);
        List<ConsumerRecord<String, String>> parked = parked(account, 1);
        assertThat(parked.get(0).value()).contains("poison").contains(account.toString());
        assertThat(TopicReader.header(parked.get(0), "dead-letter-reason")).isNotBlank();
        assertThat(consumer.attempts(poison))
                .as("a value the database refuses is not retried: tried with the poll, then alone")
                .isEqualTo(2);
    }

    @Test
    void anEffectThatKeepsFailingIsRetriedThenParkedAlone() throws Exception {
        UUID account = UUID.randomUUID();
        List<String> names = names("neighbour", 5);
        String broken = "broken " + account;
        List<Outgoing> poll = new ArrayList<>(
                names.stream().map(name -> created(account, name)).toList());
        poll.add(2, created(account, broken));

        send(poll);

        await().atMost(DELIVERY).until(() -> seen(account) == 5);
        assertThat(seenNames(account)).containsExactlyElementsOf(names);
        assertThat(parked(account, 1).get(0).value()).contains(broken);
        assertThat(consumer.attempts(broken))
                .as("retried with the poll, then retried alone")
                .isEqualTo(2 * (1 + config.maxRetries()));
    }

    @Test
    void aMalformedRecordOrOneOfAnotherTypeIsParkedAloneAndTheRestAppliedTogether() throws Exception {
        UUID account = UUID.randomUUID();
        Outgoing second = created(account, "second " + account);
        List<Outgoing> poll = List.of(
                created(account, "first " + account),
                new Outgoing(account.toString(), "{not json", headers(UUID.randomUUID(), AccountCreated.TYPE, account)),
                second,
                new Outgoing(
                        account.toString(), """
                        {"eventId": "e1", "accountId": "%s", "type": "login", "occurredAt": "2026-11-01T10:00:00Z"}
                        """.formatted(account), headers(UUID.randomUUID(), Signal.TYPE, account)),
                second,
                created(account, "third " + account));

        send(poll);

        await().atMost(DELIVERY).until(() -> seen(account) == 3);
        assertThat(seenNames(account))
                .as("the second copy of an event counts once")
                .containsExactly("first " + account, "second " + account, "third " + account);
        assertThat(transactions(account)).as("applied together").isEqualTo(1);
        List<ConsumerRecord<String, String>> parked = parked(account, 2);
        assertThat(parked.get(0).value()).isEqualTo("{not json");
        assertThat(TopicReader.header(parked.get(0), "dead-letter-reason")).contains("does not match");
        assertThat(parked.get(1).value()).contains("login");
        assertThat(TopicReader.header(parked.get(1), "dead-letter-reason")).contains("Not a AccountCreated");
    }

    @Test
    void aRedeliveredPollChangesNothing() throws Exception {
        UUID account = UUID.randomUUID();
        List<Outgoing> poll =
                names("again", 5).stream().map(name -> created(account, name)).toList();
        send(poll);
        await().atMost(DELIVERY).until(() -> seen(account) == 5);
        long transaction = count("SELECT min(tx) FROM seen_batch WHERE account_id = '" + account + "'");

        // Redelivered whole, then one new event behind it on the same partition: once that is applied, so is the
        // redelivery.
        List<Outgoing> redelivery = new ArrayList<>(poll);
        redelivery.add(created(account, "after " + account));
        send(redelivery);

        await().atMost(DELIVERY).until(() -> seen(account) == 6);
        assertThat(count(
                        "SELECT count(*) FROM seen_batch WHERE account_id = '" + account + "' AND tx = " + transaction))
                .as("the first five rows are those of the first delivery")
                .isEqualTo(5);
        parked(account, 0);
    }

    @Test
    void aFailureThatPassesIsRetriedAndThePollAppliedInOneTransaction() throws Exception {
        UUID account = UUID.randomUUID();
        List<String> names = new ArrayList<>(names("steady", 9));
        String flaky = "flaky " + account;
        names.add(4, flaky);

        send(names.stream().map(name -> created(account, name)).toList());

        await().atMost(DELIVERY).until(() -> seen(account) == 10);
        assertThat(seenNames(account)).containsExactlyElementsOf(names);
        assertThat(transactions(account)).as("the whole poll in one go").isEqualTo(1);
        assertThat(consumer.attempts(flaky)).as("failed once, then applied").isEqualTo(2);
        assertThat(parked(account, 0)).isEmpty();
    }

    @Test
    void anOutageOfTheDatabaseIsWaitedOutAndNothingIsParkedForIt() throws Exception {
        UUID account = UUID.randomUUID();
        List<String> names = names("outage", 10);
        PostgresServer postgres = EmbeddedInfrastructure.shared().postgres();

        postgres.stop();
        try {
            send(names.stream().map(name -> created(account, name)).toList());
            // Longer than the retries of the poll and then of each event would last (about 3 s each).
            await().pollDelay(Duration.ofSeconds(8))
                    .atMost(Duration.ofSeconds(9))
                    .until(() -> true);
        } finally {
            postgres.startAgain();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> seen(account) == 10);
        assertThat(seenNames(account)).containsExactlyElementsOf(names);
        assertThat(parked(account, 0)).as("nothing parked for the outage").isEmpty();
    }

    private void send(List<Outgoing> poll) {
        try (var writer = new TopicWriter(kafka)) {
            writer.sendTogether(ProbeBatchConsumer.TOPIC, poll);
        }
    }

    /** The records parked under the account's key, once {@code expected} of them have arrived (or the wait is over). */
    private List<ConsumerRecord<String, String>> parked(UUID account, int expected) {
        TopicReader reader = new TopicReader(kafka);
        List<ConsumerRecord<String, String>> parked = new ArrayList<>();
        if (expected > 0) {
            await().atMost(DELIVERY).until(() -> {
                parked.clear();
                parked.addAll(reader.findAll(
                        DEAD_LETTERS, record -> account.toString().equals(record.key()), Duration.ofSeconds(2)));
                return parked.size() >= expected;
            });
        } else {
            parked.addAll(reader.findAll(
                    DEAD_LETTERS, record -> account.toString().equals(record.key()), Duration.ofSeconds(2)));
        }
        assertThat(parked).as("parked records").hasSize(expected);
        return parked;
    }

    private static Outgoing created(UUID account, String name) {
        String json = """
                {"accountId":"%s","externalId":"ext-%s","name":"%s","industry":null,"employeeBand":null,
                 "parentAccountId":null,"billingModel":"SUBSCRIPTION","plan":"FREE","stage":"FREE","touchModel":"TECH",
                 "community":false,"csmId":null,"cohort":null,"occurredAt":"2026-11-01T10:00:00Z"}
                """.formatted(account, account, name.replace("\u0000", "\\u0000"));
        return new Outgoing(account.toString(), json, headers(UUID.randomUUID(), AccountCreated.TYPE, account));
    }

    private static Map<String, String> headers(UUID id, String type, UUID account) {
        return TopicWriter.cloudEventHeaders(id.toString(), type, "/account-service", account.toString());
    }

    private static List<String> names(String prefix, int count) {
        String tag = UUID.randomUUID().toString();
        return IntStream.range(0, count)
                .mapToObj(i -> "%s %02d %s".formatted(prefix, i, tag))
                .toList();
    }

    private static String ids(List<Outgoing> poll) {
        return String.join(
                ",",
                poll.stream().map(r -> "'" + r.headers().get("ce_id") + "'").toList());
    }

    private static long seen(UUID account) throws SQLException {
        return count("SELECT count(*) FROM seen_batch WHERE account_id = '" + account + "'");
    }

    private static long transactions(UUID account) throws SQLException {
        return count("SELECT count(DISTINCT tx) FROM seen_batch WHERE account_id = '" + account + "'");
    }

    private static List<String> seenNames(UUID account) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var connection = connect();
                var result = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT name FROM seen_batch WHERE account_id = '" + account + "' ORDER BY seq")) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    private static long count(String sql) throws SQLException {
        try (var connection = connect();
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        return DriverManager.getConnection(postgres.jdbcUrl("platform"), "postgres", "");
    }
}
