package dev.tandem.health.scoring.service;

import dev.tandem.events.TandemEvent;
import dev.tandem.health.scoring.domain.Rescored;
import dev.tandem.health.scoring.repository.AccountLookup;
import dev.tandem.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one scoring pipeline: reads, scores, compares with what is stored, stores what moved and announces it, for any
 * {@link ScoreKind}. Both the refresh after signals and the rescoring of everything after a scorecard change come
 * through here, inside the caller's transaction, for subjects the caller holds ({@code change.RescoringLocks}).
 */
@ApplicationScoped
public class Rescorer {

    private final Scorer scorer;
    private final AccountLookup accounts;
    private final Outbox outbox;

    public Rescorer(Scorer scorer, AccountLookup accounts, Outbox outbox) {
        this.scorer = scorer;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    /** Rescores {@code subjects}, looking up their accounts' Tandem ids for the announcements. */
    public <S> Uni<Rescored<S>> rescore(ScoreKind<S> kind, List<S> subjects, Instant at) {
        Set<String> accountIds = new LinkedHashSet<>();
        subjects.forEach(subject -> accountIds.add(kind.metrics().accountOf(subject)));
        return accounts.tandemIds(accountIds).chain(ids -> rescore(kind, subjects, ids, at));
    }

    /**
     * Rescores {@code subjects} whose accounts' Tandem ids are known already (absent: not announced yet). A moved score
     * is stored, and announced once account-service has announced the account, since events carry the Tandem id.
     */
    public <S> Uni<Rescored<S>> rescore(ScoreKind<S> kind, List<S> subjects, Map<String, UUID> ids, Instant at) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(new Rescored<>(List.of(), List.of(), List.of()));
        }
        // One after another: a reactive session runs one statement at a time. A statement or two for the whole set,
        // not a few per subject: this is what lets a scorecard change rescore every account within a minute.
        return scorer.score(kind.metrics(), subjects, kind.purpose())
                .chain(scores -> kind.table().currentOf(subjects).chain(previous -> {
                    Rescored<S> rescored = Rescored.of(subjects, scores, previous, kind.judging());
                    List<TandemEvent> events = rescored.moved().stream()
                            .flatMap(subject ->
                                    Optional.ofNullable(ids.get(kind.metrics().accountOf(subject)))
                                            .flatMap(account -> kind.announcement(
                                                    subject, account, previous.get(subject), scores.get(subject), at))
                                            .stream())
                            .toList();
                    return kind.table()
                            .forget(rescored.forgotten())
                            .chain(() -> kind.table().save(rescored.moved(), scores, at))
                            .chain(() -> outbox.appendAll(events))
                            .chain(() -> kind.afterRescoring(rescored, scores, ids, at))
                            .replaceWith(rescored);
                }));
    }
}
