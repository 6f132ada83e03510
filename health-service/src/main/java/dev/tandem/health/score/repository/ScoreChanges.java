package dev.tandem.health.score.repository;

import dev.tandem.health.change.repository.ChangeLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Which accounts changed and wait to be rescored ({@code score_change}): a poll of signals, an account event or a
 * manual value records one change naming its accounts, by the vendor's id.
 */
@ApplicationScoped
public class ScoreChanges extends ChangeLog<String> {

    public ScoreChanges() {
        super("score_change", "accounts");
    }

    @Override
    protected Map<String, String[]> naming(Collection<String> accounts) {
        return Map.of("accounts", new TreeSet<>(accounts).toArray(String[]::new));
    }

    /** Records a change of accounts named by Tandem's ids, those the projection knows (and has not erased). */
    public Uni<Void> recordByAccountIds(Collection<UUID> accountIds, Instant now) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("INSERT INTO score_change (accounts, size, changed_at)"
                                + " SELECT array_agg(external_id), count(*), :now FROM account_ref"
                                + " WHERE account_id IN (:accounts) AND NOT erased HAVING count(*) > 0")
                        .setParameter("accounts", List.copyOf(accountIds))
                        .setParameter("now", now)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** In code point order, so that a batch of them is a range of neighbouring accounts. */
    @Override
    protected Uni<List<String>> namedBy(List<Long> changes) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT DISTINCT unnest(accounts) FROM score_change" + ofChanges(), String.class)
                        .setParameter("changes", ids(changes))
                        .getResultList())
                .map(accounts -> List.copyOf(new TreeSet<>(accounts)));
    }
}
