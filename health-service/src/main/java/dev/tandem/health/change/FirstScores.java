package dev.tandem.health.change;

import dev.tandem.platform.sql.NativeStatement;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Accounts waiting for their first score ({@code score_first_change}): those of a poll of signals that have no score
 * yet. Claimed newest first, so a new account is scored within a round even while {@link AccountChanges} holds a
 * backlog of rescorings; the accounts are in {@link AccountChanges} too, so one this lane leaves behind is still
 * rescored there, in its turn.
 */
@ApplicationScoped
public class FirstScores extends ChangeQueue<String> {

    private static final String RECORD_UNSCORED = "INSERT INTO score_first_change (accounts, size, changed_at)"
            + " SELECT array_agg(account ORDER BY account), count(*), CAST(:now AS timestamptz)"
            + " FROM unnest(CAST(:accounts AS text[])) AS account"
            + " WHERE NOT EXISTS (SELECT 1 FROM health_score s WHERE s.account_external_id = account)"
            + " HAVING count(*) > 0";

    public FirstScores() {
        super("score_first_change", List.of("accounts"), SubjectKind.ACCOUNTS);
    }

    /**
     * The insert that records those of {@code changed} without a score, if any: to run with the poll's other writes
     * ({@link NativeStatement#executeTogether}). The check is one index probe an account, in the statement itself.
     */
    public Optional<NativeStatement> recordingUnscored(Collection<String> changed, Instant now) {
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        String[] accounts = new TreeSet<>(changed).toArray(String[]::new);
        return Optional.of(new NativeStatement(RECORD_UNSCORED, Map.of("accounts", accounts, "now", now)));
    }

    @Override
    protected boolean newestFirst() {
        return true;
    }
}
