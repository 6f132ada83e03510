package dev.tandem.content.milestone.repository;

import dev.tandem.content.milestone.domain.FactKind;
import dev.tandem.content.milestone.domain.UsageFact;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * The tally of usage facts that milestones are conditions on: a count per account (by its external id), kind, name
 * and day. Writes join the caller's transaction.
 */
@ApplicationScoped
public class UsageFactTally {

    /** A fact to add to an account's tally. */
    public record Addition(String accountExternalId, UsageFact fact) {}

    private static final String ADD = """
            INSERT INTO account_fact (account_external_id, kind, name, day, count)
            VALUES (:account, :kind, :name, :day, :count)
            ON CONFLICT (account_external_id, kind, name, day) DO UPDATE SET count = account_fact.count + excluded.count
            """;

    public Uni<Void> add(List<Addition> additions) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Addition addition : additions) {
            chain = chain.chain(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(ADD)
                            .setParameter("account", addition.accountExternalId())
                            .setParameter("kind", addition.fact().kind().name())
                            .setParameter("name", addition.fact().name())
                            .setParameter("day", addition.fact().day())
                            .setParameter("count", addition.fact().count())
                            .executeUpdate())
                    .replaceWithVoid());
        }
        return chain;
    }

    public Uni<List<UsageFact>> of(String accountExternalId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT kind, name, CAST(day AS text), count FROM account_fact"
                                        + " WHERE account_external_id = :account",
                                Object[].class)
                        .setParameter("account", accountExternalId)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new UsageFact(
                                FactKind.valueOf((String) row[0]),
                                (String) row[1],
                                LocalDate.parse((String) row[2]),
                                ((Number) row[3]).longValue()))
                        .toList());
    }
}
