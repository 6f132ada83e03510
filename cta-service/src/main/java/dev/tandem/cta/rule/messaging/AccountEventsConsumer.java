package dev.tandem.cta.rule.messaging;

import dev.tandem.cta.account.repository.AccountProjection;
import dev.tandem.cta.rule.domain.Observation.SeatsObserved;
import dev.tandem.cta.rule.domain.Observation.SegmentObserved;
import dev.tandem.cta.rule.domain.Observation.StageObserved;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.service.RuleRunner;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountErased;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractEvent;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.events.account.Seat;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.StageChanged;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserErased;
import dev.tandem.events.account.UserUpdated;
import dev.tandem.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the account projection in step with account.events and runs the rules on what the events change: stage and
 * segment entered, and seat utilisation, whose before and after are read around the projection update.
 */
@ApplicationScoped
public class AccountEventsConsumer {

    private static final String CONSUMER = "cta-account-events";

    private final Inbox inbox;
    private final AccountProjection projection;
    private final RuleRunner rules;

    public AccountEventsConsumer(Inbox inbox, AccountProjection projection, RuleRunner rules) {
        this.inbox = inbox;
        this.projection = projection;
        this.rules = rules;
    }

    @Incoming("account-events-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<?> apply(EventEnvelope<TandemEvent> event) {
        TandemEvent data = event.data();
        String key = event.id().toString();
        if (data instanceof AccountCreated a) {
            return projection.upsertAccount(
                    a.accountId(),
                    a.externalId(),
                    a.name(),
                    a.plan(),
                    name(a.stage()),
                    name(a.touchModel()),
                    a.csmId(),
                    a.cohort(),
                    a.occurredAt());
        }
        if (data instanceof AccountUpdated a) {
            return projection.upsertAccount(
                    a.accountId(),
                    a.externalId(),
                    a.name(),
                    a.plan(),
                    name(a.stage()),
                    name(a.touchModel()),
                    a.csmId(),
                    a.cohort(),
                    a.occurredAt());
        }
        if (data instanceof StageChanged s) {
            return projection
                    .updateColumn(s.accountId(), "stage", name(s.stage()))
                    .chain(() -> rules.observe(
                            s.accountId(),
                            new StageObserved(s.previousStage(), s.stage()),
                            context(key, "stage entered: " + s.stage(), s.changedAt())));
        }
        if (data instanceof SegmentChanged s) {
            return projection
                    .updateColumn(s.accountId(), "touch_model", name(s.touchModel()))
                    .chain(() -> rules.observe(
                            s.accountId(),
                            new SegmentObserved(s.previousTouchModel(), s.touchModel()),
                            context(key, "segment entered: " + s.touchModel() + " touch", s.changedAt())));
        }
        if (data instanceof CsmAssigned c) {
            return projection.updateColumn(c.accountId(), "csm_id", c.csmId());
        }
        if (data instanceof AccountErased e) {
            return projection.erase(e.accountId());
        }
        if (data instanceof UserCreated u) {
            return seatsAround(
                    u.accountId(),
                    key,
                    u.occurredAt(),
                    () -> projection.upsertUser(
                            u.userId(),
                            u.accountId(),
                            u.externalId(),
                            u.name(),
                            u.email(),
                            u.seat() == Seat.PAID,
                            name(u.role())));
        }
        if (data instanceof UserUpdated u) {
            return seatsAround(
                    u.accountId(),
                    key,
                    u.occurredAt(),
                    () -> projection.upsertUser(
                            u.userId(),
                            u.accountId(),
                            u.externalId(),
                            u.name(),
                            u.email(),
                            u.seat() == Seat.PAID,
                            name(u.role())));
        }
        if (data instanceof UserErased u) {
            return projection.deleteUser(u.userId());
        }
        if (data instanceof ContractEnded c) {
            // An ended contract no longer counts, whatever status it carries, and runs no seat rule.
            return projection.upsertContract(c, false);
        }
        if (data instanceof ContractEvent c) {
            return seatsAround(c.accountId(), key, c.occurredAt(), () -> projection.upsertContract(c, c.running()))
                    .chain(() -> projection.cohortFrom(c));
        }
        // Purchases do not bear on any trigger yet.
        return Uni.createFrom().voidItem();
    }

    /** Applies {@code update} and runs the seat rules on utilisation before and after it. */
    private Uni<?> seatsAround(UUID accountId, String key, Instant at, Supplier<Uni<Integer>> update) {
        return projection
                .seats(accountId)
                .chain(before -> update.get()
                        .chain(() -> projection.seats(accountId))
                        .chain(after -> rules.observe(
                                accountId,
                                new SeatsObserved(before.used(), before.contracted(), after.used(), after.contracted()),
                                context(
                                        key,
                                        "%d of %d seats in use".formatted(after.used(), after.contracted()),
                                        at))));
    }

    private static TriggerContext context(String key, String summary, Instant at) {
        return new TriggerContext(key, summary, at == null ? Instant.now() : at, null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
