package dev.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.platform.inbox.ProcessedEvents;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "platform")
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Test
    void aBatchAnswersTheIdsItsConsumerSeesForTheFirstTime() throws Throwable {
        String seen = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        assertThat(record("consumer-a", List.of(seen))).containsExactly(seen);

        assertThat(record("consumer-a", List.of(seen, fresh, fresh)))
                .as("a redelivery is left out, and an id twice in a batch counts once")
                .containsExactly(fresh);
        assertThat(record("consumer-b", List.of(seen)))
                .as("each consumer keeps its own record")
                .containsExactly(seen);
    }

    @Test
    void anEffectRunsOnceForAnEvent() throws Throwable {
        String id = UUID.randomUUID().toString();
        AtomicInteger runs = new AtomicInteger();
        boolean first = applyOnce(id, runs);
        boolean again = applyOnce(id, runs);

        assertThat(first).isTrue();
        assertThat(again).as("a redelivery is skipped").isFalse();
        assertThat(runs).hasValue(1);
    }

    private boolean applyOnce(String id, AtomicInteger runs) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() ->
                processed.applyOnce("consumer-a", id, () -> Uni.createFrom().item(runs::incrementAndGet)));
    }

    private Set<String> record(String consumer, List<String> ids) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> processed.recordFirstTimes(consumer, ids)));
    }
}
