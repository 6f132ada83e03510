package dev.tandem.platform;

import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A state change and its event in one transaction, as a service does it. */
@ApplicationScoped
public class ProbeService {

    private final Outbox outbox;

    public ProbeService(Outbox outbox) {
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<UUID> createAccount(UUID id, String name) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("INSERT INTO probe_account (id, name) VALUES (:id, :name)")
                        .setParameter("id", id)
                        .setParameter("name", name)
                        .executeUpdate())
                .chain(() -> outbox.append(accountCreated(id, name)));
    }

    /** Only announces, without a state change: lets a test queue many events for one key. */
    @WithTransaction
    public Uni<UUID> announce(UUID id, String name) {
        return outbox.append(accountCreated(id, name));
    }

    /** Announces many accounts with one outbox statement, as bulk paths do. */
    @WithTransaction
    public Uni<Void> announceAll(List<UUID> ids, String name) {
        return outbox.appendAll(ids.stream().map(id -> accountCreated(id, name)).toList());
    }

    static AccountCreated accountCreated(UUID id, String name) {
        return new AccountCreated(
                id,
                "ext-" + id,
                name,
                "Software",
                "51-200",
                null,
                BillingModel.SUBSCRIPTION,
                "FREE",
                LifecycleStage.FREE,
                TouchModel.TECH,
                false,
                null,
                null,
                Instant.parse("2026-11-01T10:00:00Z"));
    }
}
