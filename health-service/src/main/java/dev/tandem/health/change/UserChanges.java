package dev.tandem.health.change;

import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * End users whose PQL waits to be rescored ({@code user_pql_change}): a poll of signals records one change naming the
 * users it counted, by the vendor's ids. A change may name a user erased since; the rescoring skips users nothing is
 * known about any more, and the change goes once rescored.
 */
@ApplicationScoped
public class UserChanges extends ChangeQueue<AccountUser> {

    public UserChanges() {
        super("user_pql_change", List.of("accounts", "user_ids"), SubjectKind.END_USERS);
    }

    /**
     * Records a change of every user of {@code accounts} with signals in the last {@code days} days, or with a stored
     * PQL score: when an account comes to be judged by a PQL scorecard, or stops being judged.
     */
    public Uni<Void> recordUsersOf(Collection<String> accounts, int days, Instant now) {
        return recordUsersOf(accounts, accounts, days, now);
    }

    /**
     * Records a change of every user of {@code withSignals} with signals in the last {@code days} days, and of every
     * user of {@code withScores} with a stored PQL score: after a scorecard change, whose new measures or criteria may
     * judge the users of accounts a PQL scorecard judges differently, and may judge no more those with a score.
     */
    public Uni<Void> recordUsersOf(
            Collection<String> withSignals, Collection<String> withScores, int days, Instant now) {
        if (withSignals.isEmpty() && withScores.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        LocalDate since = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(days - 1L);
        return NativeSql.execute(
                """
                INSERT INTO user_pql_change (accounts, user_ids, size, changed_at)
                SELECT array_agg(account_external_id), array_agg(user_id), count(*), CAST(:now AS timestamptz) FROM (
                    SELECT account_external_id, user_id FROM user_signal_day
                     WHERE account_external_id = ANY(CAST(:withSignals AS text[])) AND day >= :since
                    UNION
                    SELECT account_external_id, user_id FROM user_pql_score
                     WHERE account_external_id = ANY(CAST(:withScores AS text[]))
                ) users
                HAVING count(*) > 0
                """,
                Map.of(
                        "withSignals",
                        withSignals.toArray(String[]::new),
                        "withScores",
                        withScores.toArray(String[]::new),
                        "since",
                        since,
                        "now",
                        now));
    }
}
