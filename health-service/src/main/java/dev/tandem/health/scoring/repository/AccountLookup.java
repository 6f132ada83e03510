package dev.tandem.health.scoring.repository;

import dev.tandem.health.scorecard.domain.AccountSegment;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What scoring needs of the accounts account-service announced: where each stood over time (stage, touch model, plan:
 * which scorecard judged it, whether it had churned) and their Tandem ids for events.
 */
@ApplicationScoped
public class AccountLookup {

    /** Each announced account's segments, by the time each came to be; an account not announced is absent. */
    public Uni<Map<String, NavigableMap<Instant, AccountSegment>>> segments(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return NativeSql.rows(
                        "SELECT account_external_id, valid_from, stage, touch_model, plan FROM account_segment_history"
                                + " WHERE account_external_id = ANY(CAST(:accounts AS text[]))",
                        Map.of("accounts", accounts.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, NavigableMap<Instant, AccountSegment>> segments = new HashMap<>();
                    rows.forEach(r -> segments.computeIfAbsent((String) r[0], a -> new TreeMap<>())
                            .put(
                                    r[1] instanceof OffsetDateTime time ? time.toInstant() : (Instant) r[1],
                                    new AccountSegment((String) r[2], (String) r[3], (String) r[4])));
                    return segments;
                });
    }

    /** The Tandem ids of those of {@code accounts} that account-service has announced. */
    public Uni<Map<String, UUID>> tandemIds(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return NativeSql.rows(
                        "SELECT external_id, account_id FROM account_ref"
                                + " WHERE external_id = ANY(CAST(:accounts AS text[])) AND NOT erased",
                        Map.of("accounts", accounts.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, UUID> ids = new HashMap<>();
                    rows.forEach(r -> ids.put((String) r[0], (UUID) r[1]));
                    return ids;
                });
    }
}
