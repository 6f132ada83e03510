package dev.tandem.cta.cta.service;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.domain.QueueItem;
import dev.tandem.cta.cta.domain.UrgencyScore;
import dev.tandem.cta.cta.repository.CtaRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A CSM's queue: their open, unsnoozed CTAs, most urgent first. */
@ApplicationScoped
public class CockpitService {

    /** A CSM's open CTAs are dozens, not thousands; this bounds what one request ranks. */
    static final int MAX_RANKED = 1000;

    private final CtaRepository ctas;
    private final AccountFactsReader accounts;
    private final Clock clock;

    public CockpitService(CtaRepository ctas, AccountFactsReader accounts, Clock clock) {
        this.ctas = ctas;
        this.accounts = accounts;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<QueueItem>> queue(String ownerId, int first) {
        LocalDate today = LocalDate.now(clock);
        return ctas.queue(ownerId, today, MAX_RANKED).chain(open -> ranked(open, first, today));
    }

    /**
     * The team's cockpit for cs-admins: every owner's open CTAs and those waiting in queues, most urgent first, narrowed
     * to one owner or one queue when named. It ranks the {@value #MAX_RANKED} soonest due.
     */
    @WithSession
    public Uni<List<QueueItem>> team(String ownerId, String queue, int first) {
        LocalDate today = LocalDate.now(clock);
        return ctas.team(ownerId, queue, today, MAX_RANKED).chain(open -> ranked(open, first, today));
    }

    private Uni<List<QueueItem>> ranked(List<Cta> open, int first, LocalDate today) {
        return accounts.of(open.stream().map(c -> c.accountId).distinct().toList())
                .map(facts -> open.stream()
                        .map(cta -> item(
                                cta, facts.getOrDefault(cta.accountId, AccountFacts.unknown(cta.accountId)), today))
                        .sorted(Comparator.comparingDouble(QueueItem::urgency)
                                .reversed()
                                .thenComparing(item -> item.cta().createdAt))
                        .limit(first)
                        .toList());
    }

    private static QueueItem item(Cta cta, AccountFacts account, LocalDate today) {
        double urgency = UrgencyScore.of(
                account.score(), account.arr(), account.renewalDate(), cta.priority, cta.dueDate, today);
        return new QueueItem(cta, account, urgency);
    }
}
