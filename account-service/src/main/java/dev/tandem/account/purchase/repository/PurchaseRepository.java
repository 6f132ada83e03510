package dev.tandem.account.purchase.repository;

import dev.tandem.account.purchase.domain.Purchase;
import dev.tandem.account.purchase.domain.RepeatRate;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class PurchaseRepository implements PanacheRepositoryBase<Purchase, UUID> {

    public Uni<Purchase> findByExternalId(UUID accountId, String externalId) {
        return find("accountId = ?1 and externalId = ?2", accountId, externalId).firstResult();
    }

    public Uni<List<Purchase>> listByAccount(UUID accountId) {
        return list(
                "accountId", Sort.by("purchasedOn", Sort.Direction.Descending).and("externalId"), accountId);
    }

    /** Counts buyers and repeat buyers in {@code [from, to]} in one pass over the window's purchases. */
    public Uni<RepeatRate> repeatRate(LocalDate from, LocalDate to) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT count(*), count(*) FILTER (WHERE bought > 1), coalesce(sum(bought), 0)
                                  FROM (SELECT count(*) AS bought
                                          FROM purchase
                                         WHERE purchased_on BETWEEN :from AND :to
                                         GROUP BY account_id) per_account
                                """, Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getSingleResult())
                .map(row -> RepeatRate.of(
                        from,
                        to,
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()));
    }
}
