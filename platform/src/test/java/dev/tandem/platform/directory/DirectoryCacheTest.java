package dev.tandem.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.platform.problem.UnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The directory's cache policy, with a source whose reads the test completes by hand and a clock it moves. */
class DirectoryCacheTest {

    private static final Person CARL = new Person("1", "carl", "Carl Csm", "carl@example.com", Set.of("csm"));
    private static final Person ADA = new Person("2", "ada", "Ada Admin", "ada@example.com", Set.of("cs-admin"));

    private final MovableClock clock = new MovableClock();
    private final ManualSource source = new ManualSource();
    private final DirectoryCache cache = new DirectoryCache(
            source,
            new DirectoryCache.Policy(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofSeconds(10)),
            clock);

    @Test
    void theFirstCallerWaitsForTheFirstReadAndLaterOnesAreServedWithoutAsking() {
        CompletionStage<List<Person>> first = cache.people();
        assertThat(first.toCompletableFuture()).isNotDone();
        source.complete(0, List.of(CARL));

        assertThat(first.toCompletableFuture().join()).containsExactly(CARL);
        clock.advance(Duration.ofMinutes(4));
        assertThat(cache.people().toCompletableFuture().join()).containsExactly(CARL);
        assertThat(source.reads).hasSize(1);
    }

    @Test
    void callersArrivingDuringARefreshShareIt() {
        CompletionStage<List<Person>> a = cache.people();
        CompletionStage<List<Person>> b = cache.people();
        CompletionStage<List<Person>> c = cache.people();
        source.complete(0, List.of(CARL, ADA));

        assertThat(source.reads).hasSize(1);
        assertThat(List.of(a, b, c))
                .allSatisfy(
                        stage -> assertThat(stage.toCompletableFuture().join()).containsExactly(CARL, ADA));
    }

    @Test
    void afterTheTtlTheOldReadIsServedWhileOneRefreshRunsAndTheNextCallerGetsTheNewOne() {
        cache.people();
        source.complete(0, List.of(CARL));
        clock.advance(Duration.ofMinutes(6));

        assertThat(cache.people().toCompletableFuture().join()).containsExactly(CARL);
        assertThat(cache.people().toCompletableFuture().join()).containsExactly(CARL);
        assertThat(source.reads).as("one refresh at a time").hasSize(2);
        source.complete(1, List.of(CARL, ADA));

        assertThat(cache.people().toCompletableFuture().join()).containsExactly(CARL, ADA);
        assertThat(source.reads).hasSize(2);
    }

    @Test
    void whileKeycloakIsUnreachableTheLastReadIsServedUntilItIsTooOldThenA503() {
        cache.people();
        source.complete(0, List.of(CARL));
        clock.advance(Duration.ofMinutes(10));
        assertThat(cache.people().toCompletableFuture().join()).containsExactly(CARL);
        source.fail(1);

        clock.advance(Duration.ofSeconds(5));
        assertThat(cache.people().toCompletableFuture().join()).containsExactly(CARL);
        assertThat(source.reads).as("left alone for retryAfter after a failure").hasSize(2);

        clock.advance(Duration.ofMinutes(51));
        CompletionStage<List<Person>> tooOld = cache.people();
        assertThat(source.reads).hasSize(3);
        source.fail(2);
        assertThatThrownBy(() -> tooOld.toCompletableFuture().join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(UnavailableException.class);
    }

    @Test
    void withNothingToServeAFailureIsA503AndRetriesWaitForRetryAfter() {
        CompletionStage<List<Person>> first = cache.people();
        source.fail(0);
        assertThatThrownBy(() -> first.toCompletableFuture().join()).hasCauseInstanceOf(UnavailableException.class);

        CompletionStage<List<Person>> resting = cache.people();
        assertThat(source.reads).hasSize(1);
        assertThatThrownBy(() -> resting.toCompletableFuture().join())
                .hasCauseInstanceOf(UnavailableException.class)
                .cause()
                .satisfies(e -> assertThat(((UnavailableException) e).retryAfterSeconds())
                        .isEqualTo(10));

        clock.advance(Duration.ofSeconds(11));
        CompletionStage<List<Person>> retried = cache.people();
        source.complete(1, List.of(ADA));
        assertThat(retried.toCompletableFuture().join()).containsExactly(ADA);
    }

    @Test
    void aSourceThatThrowsInsteadOfFailingItsStageIsAFailedReadToo() {
        DirectoryCache throwing = new DirectoryCache(
                () -> {
                    throw new IllegalStateException("no route");
                },
                new DirectoryCache.Policy(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofSeconds(10)),
                clock);

        assertThatThrownBy(() -> throwing.people().toCompletableFuture().join())
                .hasCauseInstanceOf(UnavailableException.class);
    }

    @Test
    void aPolicyWhoseStaleLimitIsBelowItsTtlIsRefused() {
        assertThatThrownBy(() ->
                        new DirectoryCache.Policy(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class ManualSource implements PeopleSource {

        final List<CompletableFuture<List<Person>>> reads = new ArrayList<>();

        @Override
        public CompletionStage<List<Person>> fetch() {
            CompletableFuture<List<Person>> read = new CompletableFuture<>();
            reads.add(read);
            return read;
        }

        void complete(int read, List<Person> people) {
            reads.get(read).complete(people);
        }

        void fail(int read) {
            reads.get(read).completeExceptionally(new DirectoryReadException("Keycloak answered 503"));
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
