package dev.tandem.health.scoring.repository;

import dev.tandem.health.scorecard.domain.AccountSegment;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What scoring needs of the accounts account-service announced: their segment, and their Tandem ids for events. */
@ApplicationScoped
public class AccountLookup {

    private static final String ANNOUNCED =
            " FROM account_ref WHERE external_id = ANY(CAST(:accounts AS text[]))" + " AND NOT erased";

    /** The segment of each announced account among {@code accounts}; call inside a session. */
    public Uni<Map<String, AccountSegment>> segments(Collection<String> accounts) {
        return announced("SELECT external_id, stage, touch_model, plan" + ANNOUNCED, accounts)
                .map(rows -> {
                    Map<String, AccountSegment> segments = new HashMap<>();
                    rows.forEach((account, r) ->
                            segments.put(account, new AccountSegment((String) r[1], (String) r[2], (String) r[3])));
                    return segments;
                });
    }

    /** The Tandem ids of those of {@code accounts} that account-service has announced. */
    public Uni<Map<String, UUID>> tandemIds(Collection<String> accounts) {
        return announced("SELECT external_id, account_id" + ANNOUNCED, accounts).map(rows -> {
            Map<String, UUID> ids = new HashMap<>();
            rows.forEach((account, r) -> ids.put(account, (UUID) r[1]));
            return ids;
        });
    }

    private static Uni<Map<String, Object[]>> announced(String sql, Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return NativeSql.rows(sql, Map.of("accounts", accounts.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Object[]> byAccount = new HashMap<>();
                    rows.forEach(r -> byAccount.put((String) r[0], r));
                    return byAccount;
                });
    }
}
