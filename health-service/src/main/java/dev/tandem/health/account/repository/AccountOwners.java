package dev.tandem.health.account.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads who works an account, for object-level checks. Runs inside the caller's session. */
@ApplicationScoped
public class AccountOwners {

    /** An account the projection knows, with its CSM (a Keycloak user id), null when it has none. */
    public record Owner(String csmId) {}

    /**
     * @param externalId the vendor's account id
     * @return the account's owner, or null when the projection does not know the account: account-service has not
     *     announced it (yet), or it was erased
     */
    public Uni<Owner> of(String externalId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT coalesce(csm_id, '') FROM account_ref WHERE external_id = :id AND NOT erased",
                                String.class)
                        .setParameter("id", externalId)
                        .getResultList())
                .map(AccountOwners::owner);
    }

    private static Owner owner(List<String> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        String csm = rows.get(0);
        return new Owner(csm.isEmpty() ? null : csm);
    }
}
