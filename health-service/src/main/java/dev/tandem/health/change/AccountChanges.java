package dev.tandem.health.change;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Accounts whose health and PQL wait to be rescored ({@code score_change}): a poll of signals, an account event or a
 * manual value records one change naming its accounts, by the vendor's id.
 */
@ApplicationScoped
public class AccountChanges extends ChangeQueue<String> {

    public AccountChanges() {
        super("score_change", List.of("accounts"), SubjectKind.ACCOUNTS);
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
}
