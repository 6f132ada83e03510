package dev.tandem.content.signal.messaging;

import dev.tandem.content.account.repository.AccountProjection;
import dev.tandem.content.enrollment.service.ProgressTracker;
import dev.tandem.content.milestone.repository.UsageFactTally;
import dev.tandem.content.signal.domain.SignalReading;
import dev.tandem.content.view.repository.ContentViews;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.content.ContentViewed;
import dev.tandem.events.signal.Signal;
import dev.tandem.platform.inbox.BatchChannel;
import dev.tandem.platform.inbox.BatchInbox;
import dev.tandem.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Reads {@code signals.raw} a poll at a time through the {@link BatchInbox}, in this service's own consumer group:
 * content views are counted and announced, usage that milestones are conditions on is added to the accounts' facts,
 * and the open enrollments of the accounts concerned move forward. All in one transaction with the record of which
 * signals were applied, so a redelivered or resent signal (same account and eventId) changes nothing. A record that is
 * not a valid signal, or a signal that cannot be stored, goes to {@code signals.raw.dlq} on its own and the rest of the
 * poll goes on.
 */
@ApplicationScoped
public class SignalsConsumer {

    private static final String CONSUMER = "content-signals";

    private final BatchInbox inbox;
    private final BatchChannel<Signal> signals;
    private final ContentViews views;
    private final UsageFactTally facts;
    private final AccountProjection accounts;
    private final ProgressTracker progress;
    private final Outbox outbox;
    private final Clock clock;

    public SignalsConsumer(
            BatchInbox inbox,
            ContentViews views,
            UsageFactTally facts,
            AccountProjection accounts,
            ProgressTracker progress,
            Outbox outbox,
            Clock clock,
            @Channel("signals-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4_096)
                    MutinyEmitter<String> deadLetters) {
        this.inbox = inbox;
        // The same signal comes through the REST ingest and straight from an integrator under two CloudEvent ids.
        this.signals = BatchChannel.of(CONSUMER, Signal.class, deadLetters)
                .dedupedBy(event -> SignalReading.dedupKey(event.data()));
        this.views = views;
        this.facts = facts;
        this.accounts = accounts;
        this.progress = progress;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Incoming("signals-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(signals, batch, this::apply);
    }

    /** The effect: the poll's signals not applied before, in the poll's order. */
    private Uni<Void> apply(List<EventEnvelope<Signal>> signals) {
        Instant now = clock.instant();
        List<UsageFactTally.Addition> additions = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (EventEnvelope<Signal> event : signals) {
            Signal signal = event.data();
            SignalReading.fact(signal, now).ifPresent(fact -> {
                additions.add(new UsageFactTally.Addition(signal.accountId(), fact));
                touched.add(signal.accountId());
            });
            var view = SignalReading.view(signal, now);
            if (view.isPresent()) {
                chain = chain.chain(() -> countView(signal.accountId(), view.get()));
            }
        }
        return chain.chain(() -> facts.add(additions)).chain(() -> progress.factsArrived(new HashSet<>(touched)));
    }

    /** Counts a view and, for an account Tandem knows, announces it with Tandem's ids. */
    private Uni<Void> countView(String account, SignalReading.View view) {
        return views.count(view.contentId(), account, view.user(), view.completed(), view.at())
                .chain(counted -> !counted
                        ? Uni.createFrom().voidItem()
                        : accounts.accountByExternalId(account)
                                .chain(known -> known == null
                                        ? Uni.createFrom().voidItem()
                                        : (view.user() == null
                                                        ? Uni.createFrom().<java.util.UUID>nullItem()
                                                        : accounts.user(known.accountId, view.user())
                                                                .map(user -> user == null ? null : user.userId))
                                                .chain(userId -> outbox.append(new ContentViewed(
                                                        view.contentId(),
                                                        known.accountId,
                                                        userId,
                                                        view.at(),
                                                        view.completed())))
                                                .replaceWithVoid()));
    }
}
