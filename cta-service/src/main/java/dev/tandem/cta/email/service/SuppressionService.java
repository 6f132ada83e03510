package dev.tandem.cta.email.service;

import dev.tandem.cta.email.domain.UnsubscribeToken;
import dev.tandem.cta.email.repository.SuppressionRepository;
import dev.tandem.platform.problem.NotAllowedException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;

/** Unsubscribes and bounces: both stop every later e-mail to the address. */
@ApplicationScoped
public class SuppressionService {

    private final SuppressionRepository suppressions;
    private final EmailLinks links;
    private final Instance<BounceListener> listeners;
    private final Clock clock;

    public SuppressionService(
            SuppressionRepository suppressions, EmailLinks links, Instance<BounceListener> listeners, Clock clock) {
        this.suppressions = suppressions;
        this.links = links;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** Unsubscribes the address the token names; the same link again changes nothing. */
    @WithTransaction
    public Uni<String> unsubscribe(String token) {
        if (!links.ready()) {
            throw new NotAllowedException("This unsubscribe link is not valid.");
        }
        String email = links.unsubscribed(token)
                .orElseThrow(() -> new NotAllowedException("This unsubscribe link is not valid."));
        return suppressions
                .suppress(email, "UNSUBSCRIBED", null, clock.instant())
                .replaceWith(email);
    }

    /** Records a bounce reported for {@code email}; returns how many sends it marked. */
    @WithTransaction
    public Uni<Integer> bounced(String email, String detail) {
        String address = UnsubscribeToken.normalise(email);
        Uni<Integer> marked = suppressions
                .suppress(address, "BOUNCED", detail, clock.instant())
                .replaceWith(0);
        for (BounceListener listener : listeners) {
            marked = marked.chain(sum -> listener.bounced(address, detail).map(count -> sum + count));
        }
        return marked;
    }
}
