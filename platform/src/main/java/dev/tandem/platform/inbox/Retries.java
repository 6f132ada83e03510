package dev.tandem.platform.inbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.vertx.core.ContextAwareScheduler;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * How the inbox retries an effect, on the Vert.x context of the consumer that started it.
 *
 * <p>A retry after a back-off, and whatever follows a send to a dead-letter topic, run on that context, the one its
 * reactive sessions belong to, whichever thread Mutiny's scheduler or the Kafka producer hands them back on.
 *
 * <p>Only failures that may pass are retried: a deadlock, a lock or statement timeout, anything not known to be
 * permanent, up to {@code tandem.inbox.max-retries} times. A message that is not an event, or a value the database
 * refuses (SQLSTATE class 22: out of a column's range, a NUL byte in a text) fails the same way every time, so it is
 * not retried. An outage of the database (no connection to it) says nothing about the message: it is waited out, with
 * back-off, however long it lasts, so the poll waits and nothing is parked for it; the partition stalls until the
 * database is back, which is what readiness reports meanwhile.
 */
final class Retries {

    private static final Logger LOG = Logger.getLogger(Retries.class);

    private final InboxConfig config;
    private final ScheduledExecutorService onContext;

    private Retries(InboxConfig config, ScheduledExecutorService onContext) {
        this.config = config;
        this.onContext = onContext;
    }

    /** Retries on the current Vert.x context; off a context (no session to keep), on Mutiny's worker pool. */
    static Retries onCurrentContext(InboxConfig config) {
        ScheduledExecutorService workers = Infrastructure.getDefaultWorkerPool();
        return new Retries(
                config,
                Vertx.currentContext() == null
                        ? workers
                        : ContextAwareScheduler.delegatingTo(workers).withCurrentContext());
    }

    /** {@code attempt}, tried again with back-off while it fails with a failure that may pass. */
    <T> Uni<T> retried(Supplier<Uni<T>> attempt) {
        return Uni.createFrom()
                .deferred(attempt::get)
                .onFailure(Retries::isOutage)
                .invoke(failure -> LOG.warnf("The database is out of reach (%s); waiting for it", failure.getMessage()))
                .onFailure(Retries::isOutage)
                .retry()
                .withBackOff(config.initialBackOff(), config.maxBackOff())
                .withExecutor(onContext)
                .indefinitely()
                .onFailure(failure -> !isPermanent(failure))
                .retry()
                .withBackOff(config.initialBackOff(), config.maxBackOff())
                .withExecutor(onContext)
                .atMost(config.maxRetries());
    }

    /** {@code uni}, its outcome delivered on the context again, e.g. after a send to Kafka. */
    <T> Uni<T> backOnContext(Uni<T> uni) {
        return uni.emitOn(onContext);
    }

    /**
     * True when the database could not be reached: no connection, a connection lost, the server shutting down or not
     * accepting connections yet (SQLSTATE class 08, 57P01-57P03).
     */
    static boolean isOutage(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException) {
                return true;
            }
            String state = cause instanceof DatabaseException database
                    ? database.getSqlState()
                    : cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state))) {
                return true;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Connection refused") || message.contains("Connection reset")) {
                return true;
            }
        }
        return false;
    }

    /** The server shutting down, crashed, or still starting. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");

    /** True for a failure that retrying cannot mend: the message or one of its values is at fault. */
    static boolean isPermanent(Throwable failure) {
        // Bounded: a wrapper may make a cause chain loop.
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            if (cause instanceof MalformedEventException) {
                return true;
            }
            String state = cause instanceof DatabaseException database
                    ? database.getSqlState()
                    : cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && state.startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
