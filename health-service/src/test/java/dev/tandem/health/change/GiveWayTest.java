package dev.tandem.health.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.health.HealthDatabase;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A drain that gives way (the history's, to today's scores) waits before each batch while the other work is busy, and
 * goes on once it is not, or once it has waited its longest, so a load that never ends does not stop it. Played on a
 * change table of the test's own, which no scheduled drain touches.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class GiveWayTest {

    /** A queue nothing else drains. */
    static final class TestChanges extends ChangeQueue<String> {
        TestChanges() {
            super("give_way_test_change", List.of("accounts"), SubjectKind.ACCOUNTS);
        }
    }

    private final TestChanges changes = new TestChanges();
    private final List<String> rescored = new CopyOnWriteArrayList<>();
    private final AtomicBoolean busy = new AtomicBoolean(true);

    @BeforeEach
    void table() throws Exception {
        HealthDatabase.execute("CREATE TABLE IF NOT EXISTS give_way_test_change (id BIGSERIAL PRIMARY KEY,"
                + " accounts TEXT[] NOT NULL, size INT NOT NULL, changed_at TIMESTAMPTZ NOT NULL,"
                + " claimed_until TIMESTAMPTZ)");
    }

    @Test
    void itWaitsWhileTheOtherWorkIsBusyAndGoesOnOnceItIsNot() throws Throwable {
        String account = record();
        CompletableFuture<Void> drained = drain(Duration.ofMinutes(1));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !rescored.contains(account));
        busy.set(false);
        await().atMost(Duration.ofSeconds(10)).until(() -> rescored.contains(account));
        drained.get();
    }

    @Test
    void aLoadThatNeverEndsOnlySlowsItDown() throws Throwable {
        String account = record();
        drain(Duration.ofSeconds(1)).get();
        assertThat(rescored)
                .as("rescored after waiting its longest, though still busy")
                .contains(account);
    }

    private String record() throws Throwable {
        String account = "give-way-" + UUID.randomUUID();
        VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> changes.record(List.of(account), Instant.now())));
        return account;
    }

    private CompletableFuture<Void> drain(Duration atMost) {
        ChangeDrain<String> drain = new ChangeDrain<>(
                changes,
                batch -> {
                    rescored.addAll(batch);
                    return Uni.createFrom().voidItem();
                },
                new DrainSettings(100_000, Duration.ofMinutes(1), 500, Duration.ofMinutes(1)),
                Clock.systemUTC(),
                new ChangeDrain.GiveWay(() -> Uni.createFrom().item(busy.get()), atMost));
        return CompletableFuture.runAsync(() -> {
            try {
                VertxContextSupport.subscribeAndAwait(drain::drain);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
