package dev.tandem.health.rescore.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs units of work at the same time, each in a transaction of its own. A reactive Panache session belongs to the
 * Vert.x context it was opened on and runs one statement at a time, so units sharing the caller's context would wait
 * for each other (or trip over each other's session): each unit gets a new duplicated context, and with it a session
 * and a pooled connection of its own. The results come back on the caller's context, for the caller's next transaction.
 */
final class ConcurrentTransactions {

    private ConcurrentTransactions() {}

    /** Each unit's result, in the units' order, once all have committed; the first failure otherwise. */
    static <T> Uni<List<T>> all(List<Supplier<Uni<T>>> units) {
        Context caller = Vertx.currentContext();
        if (caller == null) {
            throw new IllegalStateException("Concurrent transactions start from a Vert.x context");
        }
        List<Uni<T>> running = units.stream()
                .map(unit -> Uni.createFrom()
                        .deferred(() -> Panache.withTransaction(unit))
                        .runSubscriptionOn(on(ownContext(caller))))
                .toList();
        return Uni.join().all(running).andFailFast().emitOn(on(caller));
    }

    /** A context of its own, sharing the caller's event loop, marked safe for a Hibernate Reactive session. */
    private static Context ownContext(Context caller) {
        Context own = VertxContext.createNewDuplicatedContext(caller);
        VertxContextSafetyToggle.setContextSafe(own, true);
        return own;
    }

    private static Executor on(Context context) {
        return task -> context.runOnContext(ignored -> task.run());
    }
}
