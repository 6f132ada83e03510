package dev.tandem.health.score.repository;

import dev.tandem.health.scorecard.domain.AccountFacts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** What account-service has announced about accounts, as scorecard selection needs it. */
@ApplicationScoped
public class AccountFactsReader {

    /** The facts of each announced account among {@code accounts}; call inside a session. */
    public Uni<Map<String, AccountFacts>> of(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT external_id, stage, touch_model, plan FROM account_ref"
                                        + " WHERE external_id = ANY(CAST(:accounts AS text[])) AND NOT erased",
                                Object[].class)
                        .setParameter("accounts", accounts.toArray(String[]::new))
                        .getResultList())
                .map(rows -> {
                    Map<String, AccountFacts> facts = new HashMap<>();
                    rows.forEach(r ->
                            facts.put((String) r[0], new AccountFacts((String) r[1], (String) r[2], (String) r[3])));
                    return facts;
                });
    }
}
