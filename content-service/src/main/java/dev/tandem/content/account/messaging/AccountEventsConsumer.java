package dev.tandem.content.account.messaging;

import dev.tandem.content.account.repository.AccountProjection;
import dev.tandem.content.account.service.AccountFollower;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountErased;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.ContractEvent;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserErased;
import dev.tandem.events.account.UserUpdated;
import dev.tandem.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the projection of accounts and users in step with account.events and hands contracts and erasures on to the
 * {@link AccountFollower} (onboarding); each event applied once, in the same transaction as the record that it was.
 */
@ApplicationScoped
public class AccountEventsConsumer {

    private static final String CONSUMER = "content-accounts";

    private final Inbox inbox;
    private final AccountProjection projection;
    private final AccountFollower follower;
    private final Clock clock;

    public AccountEventsConsumer(Inbox inbox, AccountProjection projection, AccountFollower follower, Clock clock) {
        this.inbox = inbox;
        this.projection = projection;
        this.follower = follower;
        this.clock = clock;
    }

    @Incoming("account-events-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<?> apply(EventEnvelope<TandemEvent> event) {
        TandemEvent data = event.data();
        if (data instanceof AccountCreated a) {
            return projection.upsertAccount(
                    a.accountId(), a.externalId(), a.plan(), name(a.touchModel()), a.csmId(), at(a.occurredAt()));
        }
        if (data instanceof AccountUpdated a) {
            return projection.upsertAccount(
                    a.accountId(), a.externalId(), a.plan(), name(a.touchModel()), a.csmId(), at(a.occurredAt()));
        }
        if (data instanceof CsmAssigned c) {
            return projection.updateCsm(c.accountId(), c.csmId());
        }
        if (data instanceof SegmentChanged s) {
            return projection.updateTouchModel(s.accountId(), name(s.touchModel()));
        }
        if (data instanceof UserCreated u) {
            return projection.upsertUser(u.userId(), u.accountId(), u.externalId(), name(u.role()));
        }
        if (data instanceof UserUpdated u) {
            return projection.upsertUser(u.userId(), u.accountId(), u.externalId(), name(u.role()));
        }
        if (data instanceof UserErased u) {
            return projection.eraseUser(u.userId());
        }
        if (data instanceof ContractEvent c) {
            return follower.contract(c);
        }
        if (data instanceof AccountErased e) {
            return follower.erased(e.accountId(), e.externalId());
        }
        // Purchases and stages do not bear on onboarding.
        return Uni.createFrom().voidItem();
    }

    private Instant at(Instant occurredAt) {
        return occurredAt != null ? occurredAt : clock.instant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
