package dev.tandem.health;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A transaction that does its work, then stays open until the test lets it commit: to show what other transactions see,
 * or wait for, meanwhile.
 */
public final class OpenTransaction {

    private static final int SECONDS = 20;

    private final CompletableFuture<Void> worked = new CompletableFuture<>();
    private final CompletableFuture<Void> commit = new CompletableFuture<>();
    private final CompletableFuture<Void> committed;

    private OpenTransaction(Supplier<Uni<Void>> work) {
        committed = CompletableFuture.runAsync(() -> {
            try {
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> work.get()
                        .invoke(() -> worked.complete(null))
                        .chain(() -> {
                            // The session is the event loop's: go on there when the test lets it commit.
                            Context session = Vertx.currentContext();
                            return Uni.createFrom()
                                    .completionStage(commit)
                                    .emitOn(step -> session.runOnContext(ignored -> step.run()));
                        })));
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Begins a transaction, does {@code work} in it and returns once it is done, the transaction still open. */
    public static OpenTransaction after(Supplier<Uni<Void>> work) throws Exception {
        OpenTransaction transaction = new OpenTransaction(work);
        // A transaction that fails reports why here, rather than as a wait that timed out.
        transaction.committed.whenComplete((ignored, failure) -> {
            if (failure != null) {
                transaction.worked.completeExceptionally(failure);
            }
        });
        transaction.worked.get(SECONDS, TimeUnit.SECONDS);
        return transaction;
    }

    /** Lets the transaction commit and waits until it has. */
    public void commit() throws Exception {
        commit.complete(null);
        committed.get(SECONDS, TimeUnit.SECONDS);
    }
}
