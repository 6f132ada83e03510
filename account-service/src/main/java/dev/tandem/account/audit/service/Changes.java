package dev.tandem.account.audit.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.events.TandemEvent;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.profile.Stage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The change log of single changes, written at once for the current caller, and the source of {@link Batch}es for
 * bulk paths, which write a whole batch's events and audit entries with a statement or two at the end.
 */
@ApplicationScoped
public class Changes implements ChangeLog {

    private final Outbox outbox;
    private final AuditLog audit;

    public Changes(Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @Override
    public Uni<Void> record(TandemEvent event, UUID accountId, String action, String summary) {
        return outbox.append(event).chain(() -> audit.record(accountId, action, summary));
    }

    /** A change log that writes at once, audited for {@code actor} rather than the current caller. */
    public ChangeLog as(Actor actor) {
        return (event, accountId, action, summary) ->
                outbox.append(event).chain(() -> audit.record(accountId, action, summary, actor));
    }

    /** A change log that holds changes made on behalf of {@code actor} until {@link Batch#flush}. */
    public Batch batch(Actor actor) {
        return new Batch(actor);
    }

    /** Changes held for one bulk transaction; flush before it commits. */
    public final class Batch implements ChangeLog {

        private final Actor actor;
        private final List<TandemEvent> events = new ArrayList<>();
        private final List<AuditLog.Entry> entries = new ArrayList<>();

        private Batch(Actor actor) {
            this.actor = actor;
        }

        @Override
        public Uni<Void> record(TandemEvent event, UUID accountId, String action, String summary) {
            events.add(event);
            entries.add(new AuditLog.Entry(accountId, action, summary));
            return Uni.createFrom().voidItem();
        }

        /**
         * Writes the held events, in the order they were recorded, and the audit entries, in the JDBC transaction of
         * {@code connection}, after the rows they refer to; blocks.
         */
        public void flush(Connection connection) throws SQLException {
            Stage stage = Stage.begin("COPY events into the outbox");
            outbox.copyAll(connection, events);
            stage = stage.next("COPY audit entries");
            audit.copyAll(connection, entries, actor);
            stage.done();
            events.clear();
            entries.clear();
        }

        /** Writes the held events, in the order they were recorded, and the audit entries. */
        public Uni<Void> flush() {
            List<TandemEvent> held = List.copyOf(events);
            List<AuditLog.Entry> heldEntries = List.copyOf(entries);
            events.clear();
            entries.clear();
            // The rows the entries refer to are written first: a native insert does not flush the session itself.
            return Panache.getSession()
                    .chain(Mutiny.Session::flush)
                    .chain(() -> outbox.appendAll(held))
                    .chain(() -> audit.recordAll(heldEntries, actor));
        }
    }
}
