package dev.tandem.content.milestone.repository;

import dev.tandem.content.milestone.domain.FactKind;
import dev.tandem.content.milestone.domain.UsageFact;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tally of usage facts that milestones are conditions on: a count per account (by its external id), kind, name
 * and day. Writes join the caller's transaction.
 */
@ApplicationScoped
public class UsageFactTally {

    /** A fact to add to an account's tally. */
    public record Addition(String accountExternalId, UsageFact fact) {}

    // One statement for a poll's additions (it was one a signal). ON CONFLICT cannot touch a row twice in one
    // statement, so the additions are summed per row first; the rows go in key order, so that two consumers lock them
    // in the same order.
    private static final String ADD = """
            INSERT INTO account_fact (account_external_id, kind, name, day, count)
            SELECT * FROM unnest(CAST(:accounts AS text[]), CAST(:kinds AS text[]), CAST(:names AS text[]),
                                 CAST(CAST(:days AS text[]) AS date[]), CAST(CAST(:counts AS text[]) AS bigint[]))
            ORDER BY 1, 2, 3, 4
            ON CONFLICT (account_external_id, kind, name, day) DO UPDATE SET count = account_fact.count + excluded.count
            """;

    /** Adds {@code additions} to the tally in one statement; several for one account, kind, name and day add up. */
    public Uni<Void> add(List<Addition> additions) {
        if (additions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<Key, Long> summed = new HashMap<>();
        for (Addition addition : additions) {
            UsageFact fact = addition.fact();
            summed.merge(
                    new Key(addition.accountExternalId(), fact.kind().name(), fact.name(), fact.day()),
                    fact.count(),
                    Long::sum);
        }
        List<Key> keys = List.copyOf(summed.keySet());
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ADD)
                        .setParameter(
                                "accounts", keys.stream().map(Key::account).toArray(String[]::new))
                        .setParameter("kinds", keys.stream().map(Key::kind).toArray(String[]::new))
                        .setParameter("names", keys.stream().map(Key::name).toArray(String[]::new))
                        .setParameter(
                                "days",
                                keys.stream().map(key -> key.day().toString()).toArray(String[]::new))
                        .setParameter(
                                "counts",
                                keys.stream()
                                        .map(key -> summed.get(key).toString())
                                        .toArray(String[]::new))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** A row of the tally. */
    private record Key(String account, String kind, String name, LocalDate day) {}

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
