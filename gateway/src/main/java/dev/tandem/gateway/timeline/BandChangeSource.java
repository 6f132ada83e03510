package dev.tandem.gateway.timeline;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The account's health moving between bands, from health-service; no person is named. */
@ApplicationScoped
class BandChangeSource implements TimelineSource {

    private final Downstream downstream;
    private final TimelineApis.Health api;

    BandChangeSource(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api("health", TimelineApis.Health.class);
    }

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.BAND_CHANGED);
    }

    @Override
    public boolean namesPeople() {
        return false;
    }

    @Override
    public Uni<List<TimelineEntry>> before(Account account, Instant before, int limit) {
        return downstream
                .read("health", () -> api.bandChanges(account.externalId(), before, limit))
                .map(changes -> changes.stream()
                        .map(change -> new TimelineEntry(
                                change.occurredAt(),
                                TimelineKind.BAND_CHANGED,
                                // One change of an account's score at a time: its time names it.
                                change.occurredAt().toString(),
                                Set.of(),
                                null,
                                new BandChangeItem(
                                        change.occurredAt(), change.score(), change.band(), change.previousBand())))
                        .toList());
    }
}
