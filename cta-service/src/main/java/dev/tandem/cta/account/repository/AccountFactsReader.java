package dev.tandem.cta.account.repository;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.health.HealthBand;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads what the projections know about accounts, as the rules and the cockpit need it. */
@ApplicationScoped
@WithSession
public class AccountFactsReader {

    private static final String FACTS = """
            SELECT a.account_id, a.name, a.plan, a.stage, a.touch_model, a.csm_id, s.score, s.band,
                   (SELECT sum(c.arr) FROM contract_ref c WHERE c.account_id = a.account_id AND c.active),
                   (SELECT min(c.renewal_date) FROM contract_ref c WHERE c.account_id = a.account_id AND c.active)
            FROM account_ref a LEFT JOIN score_ref s ON s.account_id = a.account_id
            WHERE a.account_id IN (:ids)
            """;

    /** The account's facts; all unknown when no account event has arrived yet. */
    public Uni<AccountFacts> of(UUID accountId) {
        return of(List.of(accountId)).map(found -> found.getOrDefault(accountId, AccountFacts.unknown(accountId)));
    }

    /** Facts of the known accounts among {@code accountIds}. */
    public Uni<Map<UUID, AccountFacts>> of(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(FACTS, Object[].class)
                        .setParameter("ids", List.copyOf(accountIds))
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(AccountFactsReader::facts)
                        .collect(Collectors.toMap(AccountFacts::accountId, Function.identity())));
    }

    /** The Tandem ids of the known, not erased accounts among the vendor's {@code externalIds}, by external id. */
    public Uni<Map<String, UUID>> idsOf(Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT external_id, account_id FROM account_ref "
                                        + "WHERE external_id IN (:ids) AND NOT erased",
                                Object[].class)
                        .setParameter("ids", List.copyOf(externalIds))
                        .getResultList())
                .map(rows -> rows.stream()
                        .collect(Collectors.toMap(
                                row -> (String) row[0], row -> (UUID) row[1], (first, other) -> first)));
    }

    /** The Tandem id of the end user the vendor calls {@code externalId} at an account; null when unknown. */
    public Uni<UUID> userIdOf(UUID accountId, String externalId) {
        if (externalId == null) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT user_id FROM user_ref WHERE account_id = :account AND external_id = :id",
                                UUID.class)
                        .setParameter("account", accountId)
                        .setParameter("id", externalId)
                        .getResultList())
                .map(ids -> ids.isEmpty() ? null : ids.get(0));
    }

    /** Name and email of an end user, for message placeholders; empty when unknown. */
    public Uni<Map<String, String>> user(UUID userId) {
        if (userId == null) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT name, email FROM user_ref WHERE user_id = :id", Object[].class)
                        .setParameter("id", userId)
                        .getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return Map.of();
                    }
                    Object[] row = rows.get(0);
                    return Map.of(
                            "user.name", row[0] == null ? "" : (String) row[0],
                            "user.email", row[1] == null ? "" : (String) row[1]);
                });
    }

    private static AccountFacts facts(Object[] row) {
        return new AccountFacts(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                row[3] == null ? null : LifecycleStage.valueOf((String) row[3]),
                row[4] == null ? null : TouchModel.valueOf((String) row[4]),
                (String) row[5],
                Rows.integer(row[6]),
                row[7] == null ? null : HealthBand.valueOf((String) row[7]),
                (BigDecimal) row[8],
                (LocalDate) row[9]);
    }
}
