package dev.tandem.health.pql.repository;

import static dev.tandem.health.scorecard.domain.ScorecardDefinition.LONGEST_WINDOW_DAYS;

import dev.tandem.health.change.repository.ChangeLog;
import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which end users changed and wait for a PQL rescore ({@code user_pql_change}): a poll of signals records one change
 * naming the users it counted, by the vendor's ids.
 *
 * <p>A change may name a user erased since; the rescoring skips users nothing is known about any more (see
 * {@link UserPqlStore#known}), and the change goes once rescored.
 */
@ApplicationScoped
public class UserPqlChanges extends ChangeLog<EndUser> {

    /** The order users are rescored in: neighbours of one account together. */
    private static final Comparator<EndUser> BY_ACCOUNT =
            Comparator.comparing(EndUser::account).thenComparing(EndUser::user);

    public UserPqlChanges() {
        super("user_pql_change", "end users");
    }

    @Override
    protected Map<String, String[]> naming(Collection<EndUser> users) {
        List<EndUser> named = List.copyOf(sorted(users));
        Map<String, String[]> columns = new LinkedHashMap<>();
        columns.put("accounts", named.stream().map(EndUser::account).toArray(String[]::new));
        columns.put("user_ids", named.stream().map(EndUser::user).toArray(String[]::new));
        return columns;
    }

    /**
     * Records a change of every user of {@code accounts} with signals in the longest window a measure may have, or
     * with a stored PQL score: after a scorecard change, whose new measures or criteria may judge any of them
     * differently, or when an account comes to be judged by a PQL scorecard.
     */
    public Uni<Void> recordUsersOf(Collection<String> accounts, Instant now) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        LocalDate since = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(LONGEST_WINDOW_DAYS - 1L);
        return NativeSql.execute("""
                INSERT INTO user_pql_change (accounts, user_ids, size, changed_at)
                SELECT array_agg(account_external_id), array_agg(user_id), count(*), CAST(:now AS timestamptz) FROM (
                    SELECT account_external_id, user_id FROM user_signal_day
                     WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND day >= :since
                    UNION
                    SELECT account_external_id, user_id FROM user_pql_score
                     WHERE account_external_id = ANY(CAST(:accounts AS text[]))
                ) users
                HAVING count(*) > 0
                """, Map.of("accounts", accounts.toArray(String[]::new), "since", since, "now", now));
    }

    @Override
    protected Uni<List<EndUser>> namedBy(List<Long> changes) {
        return NativeSql.rows(
                        "SELECT DISTINCT named.account, named.user_id FROM user_pql_change,"
                                + " unnest(accounts, user_ids) AS named (account, user_id)" + ofChanges(),
                        Map.of("changes", ids(changes)))
                .map(rows -> List.copyOf(sorted(rows.stream()
                        .map(r -> new EndUser((String) r[0], (String) r[1]))
                        .toList())));
    }

    private static TreeSet<EndUser> sorted(Collection<EndUser> users) {
        TreeSet<EndUser> sorted = new TreeSet<>(BY_ACCOUNT);
        sorted.addAll(users);
        return sorted;
    }
}
