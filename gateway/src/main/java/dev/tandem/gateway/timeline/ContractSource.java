package dev.tandem.gateway.timeline;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Contracts starting, changing, renewing and ending, from account-service; who changed it is the person named. */
@ApplicationScoped
class ContractSource implements TimelineSource {

    private final Downstream downstream;
    private final TimelineApis.Account api;

    ContractSource(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api("account", TimelineApis.Account.class);
    }

    @Override
    public Set<TimelineKind> kinds() {
        return TimelineKind.CONTRACTS;
    }

    @Override
    public boolean namesPeople() {
        return true;
    }

    @Override
    public Uni<List<TimelineEntry>> before(Account account, Instant before, int limit) {
        return downstream
                .read("account", () -> api.contractChanges(account.externalId(), before, limit))
                .map(changes -> changes.stream().map(ContractSource::entry).toList());
    }

    private static TimelineEntry entry(TimelineApis.ContractChange change) {
        TimelineKind kind = switch (change.change()) {
            case "STARTED" -> TimelineKind.CONTRACT_STARTED;
            case "RENEWED" -> TimelineKind.CONTRACT_RENEWED;
            case "ENDED" -> TimelineKind.CONTRACT_ENDED;
            default -> TimelineKind.CONTRACT_CHANGED;
        };
        return new TimelineEntry(
                change.occurredAt(),
                kind,
                // Audit entries are numbered in order; padded, so that ids compare as numbers do.
                String.format("%019d", change.id()),
                change.actor() == null ? Set.of() : Set.of(change.actor()),
                null,
                new ContractItem(change.occurredAt(), kind, change.summary(), change.actor()));
    }
}
