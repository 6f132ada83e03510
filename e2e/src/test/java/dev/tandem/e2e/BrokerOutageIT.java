package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.Credentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kafka stopped in the middle of an integrator's stream of signals, while another integrator writes accounts, and
 * account-service killed with SIGKILL while its outbox holds those writes' events, which its relay could not publish
 * with the broker gone. While the broker is down the REST ingest refuses batches with 503 and Retry-After and the
 * readiness probes answer DOWN at once; once Kafka and account-service are back, every signal is counted once and every
 * account change is published once.
 */
class BrokerOutageIT {

    private static final int ACCOUNTS = 5;
    private static final int SIGNALS_PER_ACCOUNT = 400;
    private static final int BATCH = 100;
    private static final int DUPLICATES = 200;
    private static final int ACCOUNTS_WRITTEN_IN_OUTAGE = 50;
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    /** The readiness checks' timeout (800 ms) and the time to answer around it. */
    private static final Duration QUICK = Duration.ofMillis(1500);

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> SIGNAL_ACCOUNTS = IntStream.rangeClosed(1, ACCOUNTS)
            .mapToObj(i -> "outage-" + RUN + "-" + i)
            .toList();
    private static final List<String> WRITTEN_ACCOUNTS = IntStream.rangeClosed(1, ACCOUNTS_WRITTEN_IN_OUTAGE)
            .mapToObj(i -> "outbox-" + RUN + "-" + i)
            .toList();

    private static ExecutorService integrator;
    private static SignalSender sender;
    private static final Map<String, Probe> readinessWhileDown = new TreeMap<>();
    private static Map<String, Long> counted;
    private static Map<String, Long> createdEvents;

    @BeforeAll
    static void stopTheBrokerDuringIngest() throws Exception {
        LocalStack stack = LocalStack.shared();
        ActivityCounts activity = new ActivityCounts(stack);
        Credentials credentials = Credentials.localStack();
        TokenSource tokens = TokenSource.clientCredentials(
                PlatformClient.newHttpClient(),
                stack.endpoints().tokenEndpoint(),
                credentials.integratorClient(),
                credentials.integratorSecret());
        PlatformClient accounts = new PlatformClient(PlatformClient.newHttpClient(), tokens);
        sender = new SignalSender(
                PlatformClient.newHttpClient(), tokens, stack.endpoints().health(), PATIENCE);
        List<List<Map<String, Object>>> stream = SignalStream.of("outage-" + RUN, SIGNAL_ACCOUNTS, SIGNALS_PER_ACCOUNT)
                .batches(BATCH, DUPLICATES, 29);
        int half = stream.size() / 2;
        stream.subList(0, half).forEach(sender::send);

        stack.stop("kafka");
        integrator = Executors.newSingleThreadExecutor();
        Future<?> sending =
                integrator.submit(() -> stream.subList(half, stream.size()).forEach(sender::send));
        readinessWhileDown.put(
                "health-service", Probe.readiness(stack.endpoints().health()));
        readinessWhileDown.put(
                "account-service", Probe.readiness(stack.endpoints().account()));
        for (String account : WRITTEN_ACCOUNTS) {
            accounts.put(
                    stack.endpoints().account().resolve("/api/v1/accounts/" + account),
                    Map.of("name", "Written while Kafka was down " + account));
        }
        // The relay had nothing it could publish since the broker went: all fifty events wait in the outbox.
        stack.kill("account-service");
        Eventually.poll(PATIENCE, () -> sender.refused(503), refusals -> refusals > 0 || sending.isDone());

        Duration kafkaBack = stack.restart("kafka");
        sending.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        Duration accountServiceBack = stack.startMissing();
        counted = activity.settled(SIGNAL_ACCOUNTS, SIGNALS_PER_ACCOUNT, PATIENCE);
        Eventually.poll(PATIENCE, () -> createdEvents(stack), events -> events.size() == ACCOUNTS_WRITTEN_IN_OUTAGE);
        // Read again once every consumer caught up: a relay that published a batch twice would show it by now.
        new ConsumerLag(stack.kafkaBootstrapServers()).awaitCaughtUp(PATIENCE);
        createdEvents = createdEvents(stack);

        System.out.printf(
                "BrokerOutageIT: readiness while Kafka was down %s; integrator: %s; Kafka back in %.1f s,"
                        + " account-service in %.1f s; signals counted %d of %d; account.created events %d for %d"
                        + " accounts left in the outbox%n",
                readinessWhileDown,
                sender,
                kafkaBack.toMillis() / 1000.0,
                accountServiceBack.toMillis() / 1000.0,
                counted.values().stream().mapToLong(Long::longValue).sum(),
                ACCOUNTS * SIGNALS_PER_ACCOUNT,
                createdEvents.values().stream().mapToLong(Long::longValue).sum(),
                ACCOUNTS_WRITTEN_IN_OUTAGE);
    }

    @AfterAll
    static void stopIntegrator() {
        if (integrator != null) {
            integrator.shutdownNow();
        }
    }

    @Test
    void while_the_broker_is_down_signal_batches_are_refused_with_503_and_retry_after() {
        assertThat(sender.refused(503)).as("batches refused with 503").isPositive();
        assertThat(sender.retryAfters()).as("their Retry-After, in seconds").containsExactly("5");
        assertThat(sender.refused(429)).isZero();
    }

    @Test
    void while_the_broker_is_down_readiness_answers_down_within_a_second() {
        assertThat(readinessWhileDown).hasSize(2).allSatisfy((service, probe) -> {
            assertThat(probe.status()).as(service).isEqualTo(503);
            assertThat(probe.took()).as(service).isLessThan(QUICK);
        });
    }

    @Test
    void every_signal_the_integrator_sent_around_the_outage_is_counted_exactly_once() {
        assertThat(counted)
                .hasSize(ACCOUNTS)
                .allSatisfy((account, count) -> assertThat(count).as(account).isEqualTo(SIGNALS_PER_ACCOUNT));
    }

    @Test
    void account_changes_left_in_the_outbox_by_the_killed_relay_are_each_published_once() {
        assertThat(createdEvents)
                .as("account.created events per account written while Kafka was down")
                .hasSize(ACCOUNTS_WRITTEN_IN_OUTAGE)
                .allSatisfy((account, events) -> assertThat(events).as(account).isEqualTo(1L));
    }

    /** The {@code account.created} events on {@code account.events} of this run's accounts, counted by account. */
    private static Map<String, Long> createdEvents(LocalStack stack) {
        List<ConsumerRecord<String, String>> records =
                TopicRecords.all(stack.kafkaBootstrapServers(), "account.events");
        List<String> created = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            var type = record.headers().lastHeader("ce_type");
            if (type != null
                    && new String(type.value(), StandardCharsets.UTF_8).equals("dev.tandem.account.created.v1")) {
                String externalId = externalId(record.value());
                if (WRITTEN_ACCOUNTS.contains(externalId)) {
                    created.add(externalId);
                }
            }
        }
        return created.stream().collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
    }

    private static String externalId(String json) {
        try {
            JsonNode event = PlatformClient.json().readTree(json);
            return event.path("externalId").asText();
        } catch (IOException e) {
            return "";
        }
    }

    /** One readiness probe: its status and how long it took to answer. */
    record Probe(int status, Duration took) {

        private static final HttpClient HTTP =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        static Probe readiness(URI service) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(service.resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            long start = System.nanoTime();
            int status =
                    HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Probe(status, Duration.ofNanos(System.nanoTime() - start));
        }

        @Override
        public String toString() {
            return status + " in " + took.toMillis() + " ms";
        }
    }
}
