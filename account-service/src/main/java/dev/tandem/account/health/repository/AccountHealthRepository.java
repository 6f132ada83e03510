package dev.tandem.account.health.repository;

import dev.tandem.account.health.domain.AccountHealth;
import dev.tandem.account.health.domain.HealthReading;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class AccountHealthRepository implements PanacheRepositoryBase<AccountHealth, UUID> {

    /*
     * One statement decides and writes, so that two readings of one account applied at once (a rebalance hands the
     * partition over mid-batch) cannot both pass a read-then-write check: only a strictly later reading replaces the
     * stored one, and an older or equally old one changes nothing.
     */
    private static final String RECORD = """
            INSERT INTO account_health (account_id, score, band, scored_at)
            VALUES (:accountId, :score, :band, :scoredAt)
            ON CONFLICT (account_id) DO UPDATE
                SET score = EXCLUDED.score, band = EXCLUDED.band, scored_at = EXCLUDED.scored_at
                WHERE account_health.scored_at < EXCLUDED.scored_at
            """;

    /**
     * Makes {@code reading} the account's health unless a later one is stored already.
     *
     * @return whether it is now the account's health
     */
    public Uni<Boolean> record(HealthReading reading) {
        return getSession()
                .chain(session -> session.createNativeQuery(RECORD)
                        .setParameter("accountId", reading.accountId())
                        .setParameter("score", reading.score())
                        .setParameter(
                                "band",
                                reading.band() == null ? null : reading.band().name())
                        .setParameter("scoredAt", reading.scoredAt())
                        .executeUpdate())
                .map(rows -> rows > 0);
    }
}
