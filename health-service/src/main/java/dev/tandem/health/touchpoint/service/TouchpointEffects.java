package dev.tandem.health.touchpoint.service;

import dev.tandem.events.TandemEvent;
import dev.tandem.events.cta.TouchpointDeleted;
import dev.tandem.events.cta.TouchpointRecorded;
import dev.tandem.health.change.AccountChanges;
import dev.tandem.health.change.HistoryChanges;
import dev.tandem.health.domain.subject.AccountDay;
import dev.tandem.health.touchpoint.repository.TouchpointProjection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a poll of cta.events does here: each touchpoint's latest version kept, and each account a touchpoint changed
 * recorded for rescoring (within seconds, as signals do) and, for a touchpoint on a past day, for its daily history from
 * that day. Other events of the topic (CTAs, messages) do not bear on scoring.
 */
@ApplicationScoped
public class TouchpointEffects {

    private final TouchpointProjection touchpoints;
    private final AccountChanges changes;
    private final HistoryChanges history;
    private final Clock clock;

    public TouchpointEffects(
            TouchpointProjection touchpoints, AccountChanges changes, HistoryChanges history, Clock clock) {
        this.touchpoints = touchpoints;
        this.changes = changes;
        this.history = history;
        this.clock = clock;
    }

    /** Applies the events in their order; call inside the transaction that records them as processed. */
    public Uni<Void> apply(List<TandemEvent> events) {
        List<AccountDay> changed = new ArrayList<>();
        return Multi.createFrom()
                .iterable(events)
                .onItem()
                .transformToUniAndConcatenate(event -> project(event).invoke(day -> day.ifPresent(changed::add)))
                .collect()
                .last()
                .chain(() -> record(changed));
    }

    private Uni<Optional<AccountDay>> project(TandemEvent event) {
        if (event instanceof TouchpointRecorded recorded) {
            return touchpoints.record(recorded);
        }
        if (event instanceof TouchpointDeleted deleted) {
            return touchpoints.delete(deleted);
        }
        return Uni.createFrom().item(Optional.empty());
    }

    private Uni<Void> record(List<AccountDay> changed) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Set<String> accounts = new LinkedHashSet<>();
        List<AccountDay> pastDays = new ArrayList<>();
        for (AccountDay day : changed) {
            accounts.add(day.account());
            if (day.day().isBefore(today)) {
                pastDays.add(day);
            }
        }
        return changes.record(accounts, now).chain(() -> history.record(pastDays, now));
    }
}
