package dev.tandem.cta.rule.service;

import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.account.repository.ActivityProjection;
import dev.tandem.cta.account.repository.ActivityProjection.ActiveUser;
import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.service.Notifier;
import dev.tandem.cta.plan.service.PlanReadings;
import dev.tandem.cta.rule.domain.Observation.SignalObserved;
import dev.tandem.cta.rule.domain.SignalFilter;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.events.signal.Signal;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What signals do here, inside the caller's transaction: the users they name count as active in their week (for the
 * week-over-week drop), and the signal rules run on each signal, in the order given. Signals name accounts and users by
 * the vendor's ids; one for an account this service has not heard of yet is skipped.
 *
 * <p>Made for a poll at a time: the accounts are looked up and the active users recorded in one statement each; a
 * signal no rule's filter matches (most) stops there, and only the others go through the rules signal by signal. They must: a rule's firing record, re-entry
 * count and CTA written for one signal are what the next signal of the same account reads.
 */
@ApplicationScoped
public class SignalRules {

    /** A signal with the id of the event that carried it, which is the trigger its firings are recorded under. */
    public record Received(String eventId, Signal signal) {}

    private static final String ROI_REPORTED = "roi_reported";
    private static final int MAX_ROI_METRIC = 60;
    private static final String NPS_RESPONSE = "nps_response";
    private static final int DETRACTOR_AT_MOST = 6;

    private final AccountFactsReader accounts;
    private final ActivityProjection activity;
    private final RuleRunner rules;
    private final PlanReadings plans;
    private final Clock clock;
    private final Notifier notifier;

    public SignalRules(
            AccountFactsReader accounts,
            ActivityProjection activity,
            RuleRunner rules,
            PlanReadings plans,
            Clock clock,
            Notifier notifier) {
        this.notifier = notifier;
        this.accounts = accounts;
        this.activity = activity;
        this.rules = rules;
        this.plans = plans;
        this.clock = clock;
    }

    public Uni<Void> apply(List<Received> signals) {
        if (signals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> externalIds = new LinkedHashSet<>();
        signals.forEach(received -> externalIds.add(received.signal().accountId()));
        return accounts.idsOf(externalIds).chain(accountIds -> {
            List<ActiveUser> active = new ArrayList<>();
            for (Received received : signals) {
                UUID accountId = accountIds.get(received.signal().accountId());
                if (accountId != null && received.signal().userId() != null) {
                    active.add(new ActiveUser(accountId, received.signal().userId(), at(received.signal())));
                }
            }
            return activity.recordAll(active)
                    .chain(() -> roiReported(signals, accountIds))
                    .chain(() -> detractors(signals, accountIds))
                    .chain(rules::signalFilters)
                    .chain(filters -> filters.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : matchInOrder(signals, accountIds, filters));
        });
    }

    /** ROI figures customers report ({@code roi_reported}: name the metric, value the figure) move success plans. */
    private Uni<Void> roiReported(List<Received> signals, Map<String, UUID> accountIds) {
        Uni<Void> recorded = Uni.createFrom().voidItem();
        for (Received received : signals) {
            Signal signal = received.signal();
            UUID accountId = accountIds.get(signal.accountId());
            if (accountId != null
                    && ROI_REPORTED.equals(signal.type())
                    && signal.name() != null
                    && signal.name().length() <= MAX_ROI_METRIC
                    && signal.value() != null
                    && Double.isFinite(signal.value())) {
                recorded = recorded.chain(() ->
                        plans.roiReported(accountId, signal.name(), BigDecimal.valueOf(signal.value()), at(signal)));
            }
        }
        return recorded;
    }

    /** An NPS answer of 6 or less tells the account's CSM, once per signal however often it is redelivered. */
    private Uni<Void> detractors(List<Received> signals, Map<String, UUID> accountIds) {
        Uni<Void> told = Uni.createFrom().voidItem();
        for (Received received : signals) {
            Signal signal = received.signal();
            UUID accountId = accountIds.get(signal.accountId());
            if (accountId != null
                    && NPS_RESPONSE.equals(signal.type())
                    && signal.value() != null
                    && signal.value() >= 0
                    && signal.value() <= DETRACTOR_AT_MOST) {
                List<String> lines = List.of(
                        "NPS %d from %s"
                                .formatted(
                                        Math.round(signal.value()),
                                        signal.userId() == null ? "someone" : signal.userId()),
                        "Answered " + at(signal));
                String key = "signal:" + (signal.eventId() != null ? signal.eventId() : received.eventId());
                told = told.chain(
                        () -> notifier.toCsmOf(accountId, NotificationKind.DETRACTOR, key, "Survey detractor", lines));
            }
        }
        return told;
    }

    /** One after another: a reactive session runs one statement at a time, and each sees what the one before wrote. */
    private Uni<Void> matchInOrder(List<Received> signals, Map<String, UUID> accountIds, List<SignalFilter> filters) {
        return Multi.createFrom()
                .iterable(signals)
                .onItem()
                .transformToUniAndConcatenate(received -> {
                    UUID accountId = accountIds.get(received.signal().accountId());
                    SignalObserved observed = observed(received.signal());
                    return accountId == null || filters.stream().noneMatch(filter -> filter.matches(observed))
                            ? Uni.createFrom().voidItem()
                            : match(received, accountId)
                                    .chain(fired ->
                                            fired == 0 ? Uni.createFrom().voidItem() : settle());
                })
                .collect()
                .last()
                .replaceWithVoid();
    }

    /**
     * Writes what a firing left in the session (outbox rows, CTAs it read) and forgets it. Every native query flushes
     * the session first, which checks each entity it holds: kept for the whole poll, a poll where many signals fire
     * would cost the square of its firings. Nothing is carried from one signal to the next in the session, so each
     * signal starts as it would in its own transaction.
     */
    private static Uni<Void> settle() {
        return Panache.getSession().chain(session -> session.flush().invoke(session::clear));
    }

    private Uni<Integer> match(Received received, UUID accountId) {
        Signal signal = received.signal();
        return accounts.userIdOf(accountId, signal.userId())
                .chain(userId -> rules.observe(
                        accountId,
                        observed(signal),
                        new TriggerContext(received.eventId(), summary(signal), at(signal), userId)));
    }

    private static SignalObserved observed(Signal signal) {
        return new SignalObserved(signal.type(), signal.name(), signal.value(), signal.properties());
    }

    private Instant at(Signal signal) {
        return signal.occurredAt() == null ? clock.instant() : signal.occurredAt();
    }

    private static String summary(Signal signal) {
        StringBuilder summary = new StringBuilder(signal.type());
        if (signal.name() != null) {
            summary.append(' ').append(signal.name());
        }
        if (signal.value() != null) {
            summary.append(' ').append(signal.value());
        }
        return summary.toString();
    }
}
