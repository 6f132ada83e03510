package dev.tandem.health.rescore.service;

import io.netty.channel.EventLoop;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs units of work at the same time, each in a transaction of its own. A reactive Panache session belongs to the
 * Vert.x context it was opened on and runs one statement at a time, so units sharing the caller's context would wait
 * for each other (or trip over each other's session): each unit gets a new context, and with it a session and a
 * pooled connection of its own. Each context is on another event loop than the caller's and its neighbours' where
 * there are enough: on the caller's event loop the units' Java work (reading rows, scoring) took turns on one thread
 * while the database worked for them on another core. The results come back on the caller's context, for the
 * caller's next transaction.
 */
final class ConcurrentTransactions {

    private ConcurrentTransactions() {}

    /** Each unit's result, in the units' order, once all have committed; the first failure otherwise. */
    static <T> Uni<List<T>> all(List<Supplier<Uni<T>>> units) {
        Context caller = Vertx.currentContext();
        if (caller == null) {
            throw new IllegalStateException("Concurrent transactions start from a Vert.x context");
        }
        List<EventLoop> loops = loopsAfter((ContextInternal) caller);
        List<Uni<T>> running = new ArrayList<>();
        for (int unit = 0; unit < units.size(); unit++) {
            Supplier<Uni<T>> work = units.get(unit);
            Context own = ownContext((ContextInternal) caller, loops.get(unit % loops.size()));
            running.add(Uni.createFrom()
                    .deferred(() -> Panache.withTransaction(work))
                    .runSubscriptionOn(on(own)));
        }
        return Uni.join().all(running).andFailFast().emitOn(on(caller));
    }

    /** Every event loop of the caller's Vert.x, starting with the one after the caller's and ending with it. */
    private static List<EventLoop> loopsAfter(ContextInternal caller) {
        List<EventLoop> all = new ArrayList<>();
        caller.owner().getEventLoopGroup().forEach(executor -> all.add((EventLoop) executor));
        int callers = Math.max(0, all.indexOf(caller.nettyEventLoop()));
        List<EventLoop> ordered = new ArrayList<>(all.subList(callers + 1, all.size()));
        ordered.addAll(all.subList(0, callers + 1));
        return ordered;
    }

    /** A context of its own on {@code loop}, marked safe for a Hibernate Reactive session. */
    private static Context ownContext(ContextInternal caller, EventLoop loop) {
        VertxInternal vertx = caller.owner();
        Context base = vertx.createEventLoopContext(loop, caller.workerPool(), caller.classLoader());
        Context own = VertxContext.createNewDuplicatedContext(base);
        VertxContextSafetyToggle.setContextSafe(own, true);
        return own;
    }

    private static Executor on(Context context) {
        return task -> context.runOnContext(ignored -> task.run());
    }
}
