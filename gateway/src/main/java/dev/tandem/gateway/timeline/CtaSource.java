package dev.tandem.gateway.timeline;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** CTAs opened and closed, from cta-service; a CTA's owner is the person it names. */
@ApplicationScoped
class CtaSource implements TimelineSource {

    private final Downstream downstream;
    private final TimelineApis.Cta api;

    CtaSource(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api("cta", TimelineApis.Cta.class);
    }

    @Override
    public Set<TimelineKind> kinds() {
        return TimelineKind.CTAS;
    }

    @Override
    public boolean namesPeople() {
        return true;
    }

    @Override
    public Uni<List<TimelineEntry>> before(Account account, Instant before, int limit) {
        return downstream
                .read("cta", () -> api.ctaEvents(account.id(), before, limit))
                .map(events -> events.stream().map(CtaSource::entry).toList());
    }

    private static TimelineEntry entry(TimelineApis.CtaEvent event) {
        TimelineKind kind = "CLOSED".equals(event.kind()) ? TimelineKind.CTA_CLOSED : TimelineKind.CTA_OPENED;
        TimelineApis.CtaState cta = event.cta();
        return new TimelineEntry(
                event.occurredAt(),
                kind,
                cta.id().toString(),
                cta.ownerId() == null ? Set.of() : Set.of(cta.ownerId()),
                null,
                new CtaItem(
                        event.occurredAt(),
                        kind,
                        cta.id(),
                        cta.type(),
                        cta.reason(),
                        cta.priority(),
                        cta.status(),
                        cta.ownerId(),
                        cta.closeReason()));
    }
}
