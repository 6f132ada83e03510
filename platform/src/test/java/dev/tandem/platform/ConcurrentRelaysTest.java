package dev.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.events.Topics;
import dev.tandem.platform.outbox.OutboxRelay;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Several relay replicas draining one outbox at once, as several pods of a service do. */
@QuarkusTest
@WithTandemInfrastructure(database = "platform")
class ConcurrentRelaysTest {

    private static final int KEYS = 3;
    private static final int EVENTS_PER_KEY = 20;
    private static final int REPLICAS = 3;

    @Inject
    ProbeService service;

    @Inject
    OutboxRelay relay;

    @Inject
    Scheduler scheduler;

    @Test
    void concurrentRelaysPublishEveryEventOnceAndEachKeyInCommitOrder() throws Throwable {
        List<UUID> accounts = new ArrayList<>();
        scheduler.pause(OutboxRelay.JOB);
        try {
            for (int k = 0; k < KEYS; k++) {
                accounts.add(UUID.randomUUID());
            }
            // Interleaved commits: key 0 event 0, key 1 event 0, ..., so batches hold several keys each.
            for (int i = 0; i < EVENTS_PER_KEY; i++) {
                for (UUID account : accounts) {
                    String name = "event-" + i;
                    VertxContextSupport.subscribeAndAwait(() -> service.announce(account, name));
                }
            }

            AtomicInteger published = new AtomicInteger();
            var replicas = Executors.newFixedThreadPool(REPLICAS);
            List<Future<Void>> runs = new ArrayList<>();
            for (int r = 0; r < REPLICAS; r++) {
                runs.add(replicas.submit(drainUntil(published)));
            }
            for (Future<Void> run : runs) {
                run.get();
            }
            replicas.shutdown();
            assertThat(published.get()).isEqualTo(KEYS * EVENTS_PER_KEY);
        } finally {
            scheduler.resume(OutboxRelay.JOB);
        }

        TopicReader topics = new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());
        for (UUID account : accounts) {
            var names = topics
                    .findAll(Topics.ACCOUNT_EVENTS, r -> account.toString().equals(r.key()), Duration.ofSeconds(3))
                    .stream()
                    .map(r -> r.value().replaceAll(".*\"name\":\"(event-\\d+)\".*", "$1"))
                    .toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_KEY; i++) {
                expected.add("event-" + i);
            }
            assertThat(names).as("events of %s in Kafka", account).containsExactlyElementsOf(expected);
        }
    }

    private int publishOneBatch() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> relay.publishBatch());
        } catch (Throwable failure) {
            throw new IllegalStateException("A relay failed", failure);
        }
    }

    private Callable<Void> drainUntil(AtomicInteger published) {
        Instant deadline = Instant.now().plusSeconds(60);
        return () -> {
            while (published.get() < KEYS * EVENTS_PER_KEY && Instant.now().isBefore(deadline)) {
                published.addAndGet(publishOneBatch());
            }
            return null;
        };
    }
}
