package dev.tandem.account.audit.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.audit.domain.AuditEntry;
import dev.tandem.account.audit.repository.AuditEntryRepository;
import dev.tandem.platform.sql.CopyIn;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Records who changed what about an account. Call it inside the transaction of the change, so the entry exists
 * exactly when the change does. The actor is the caller's token subject; changes made outside a request (by an event
 * from another service, or a schedule) are recorded as {@code system:<component>}.
 */
@ApplicationScoped
public class AuditLog {

    /** Rows per multi-row insert: six parameters each at most, far below PostgreSQL's limit per statement. */
    private static final int ROWS_PER_INSERT = 500;

    private final AuditEntryRepository entries;
    private final CurrentIdentityAssociation identities;
    private final Clock clock;

    public AuditLog(AuditEntryRepository entries, CurrentIdentityAssociation identities, Clock clock) {
        this.entries = entries;
        this.identities = identities;
        this.clock = clock;
    }

    /** Records a change requested by the current caller ({@code system:account-service} outside a request). */
    public Uni<Void> record(UUID accountId, String action, String summary) {
        return currentActor().chain(actor -> write(accountId, action, summary, actor));
    }

    /**
     * Records a change made later on behalf of {@code actor}, such as an import job working through the rows someone
     * uploaded; null stands for the current caller.
     */
    public Uni<Void> record(UUID accountId, String action, String summary, Actor actor) {
        return actor == null ? record(accountId, action, summary) : write(accountId, action, summary, actor);
    }

    /** An audit entry before it is written. */
    public record Entry(UUID accountId, String action, String summary) {}

    /** Records many changes made on behalf of {@code actor} with one statement per few hundred. */
    public Uni<Void> recordAll(List<Entry> changes, Actor actor) {
        Uni<Void> inserts = Uni.createFrom().voidItem();
        for (int from = 0; from < changes.size(); from += ROWS_PER_INSERT) {
            List<Entry> part = changes.subList(from, Math.min(changes.size(), from + ROWS_PER_INSERT));
            inserts = inserts.chain(() -> insert(part, actor));
        }
        return inserts;
    }

    /** Records many changes made on behalf of {@code actor} in the JDBC transaction of {@code connection}; blocks. */
    public void copyAll(Connection connection, List<Entry> changes, Actor actor) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Instant at = clock.instant();
        try (CopyIn copy = CopyIn.into(connection, "audit_entry (account_id, actor, client, action, summary, at)")) {
            for (Entry entry : changes) {
                copy.row(entry.accountId(), actor.subject(), actor.client(), entry.action(), entry.summary(), at);
            }
        }
    }

    private Uni<Void> insert(List<Entry> changes, Actor actor) {
        StringBuilder sql =
                new StringBuilder("INSERT INTO audit_entry (account_id, actor, client, action, summary, at) VALUES ");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("actor", actor.subject());
        // An empty client stands for none: a null parameter has no type the database could infer.
        parameters.put("client", actor.client() == null ? "" : actor.client());
        parameters.put("at", clock.instant());
        for (int i = 0; i < changes.size(); i++) {
            Entry entry = changes.get(i);
            sql.append(i == 0 ? "" : ", ")
                    .append("(:a%1$d, :actor, NULLIF(:client, ''), :x%1$d, :s%1$d, :at)".formatted(i));
            parameters.put("a" + i, entry.accountId());
            parameters.put("x" + i, entry.action());
            parameters.put("s" + i, entry.summary());
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            parameters.forEach(query::setParameter);
            return query.executeUpdate().replaceWithVoid();
        });
    }

    /** The authenticated caller of the current request; {@code system:account-service} outside a request. */
    public Uni<Actor> currentActor() {
        return caller().map(caller -> {
            if (caller == null || caller.isAnonymous()) {
                return Actor.system("account-service");
            }
            String subject = caller.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                    ? token.getSubject()
                    : caller.getPrincipal().getName();
            String client = caller.getPrincipal() instanceof JsonWebToken token && token.getClaim("azp") != null
                    ? token.getClaim("azp").toString()
                    : null;
            return new Actor(subject, client);
        });
    }

    private Uni<Void> write(UUID accountId, String action, String summary, Actor actor) {
        AuditEntry entry = new AuditEntry();
        entry.accountId = accountId;
        entry.action = action;
        entry.summary = summary;
        entry.at = clock.instant();
        entry.actor = actor.subject();
        entry.client = actor.client();
        return entries.persist(entry).replaceWithVoid();
    }

    /** The authenticated caller of the current request; null outside a request (a consumer, a schedule). */
    private Uni<SecurityIdentity> caller() {
        if (!Arc.container().requestContext().isActive()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull();
    }
}
