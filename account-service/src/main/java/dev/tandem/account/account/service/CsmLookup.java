package dev.tandem.account.account.service;

import dev.tandem.account.account.domain.AccountPatch;
import dev.tandem.account.account.domain.CsmReference;
import dev.tandem.platform.directory.Directory;
import dev.tandem.platform.directory.Person;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Turns a CSM named by e-mail or user name into their subject id through the team directory: someone it does not
 * know, or who holds neither the csm nor the cs-admin role, is a 400 naming the field; a directory that cannot be read
 * is a 503. Runs before the account's transaction, so no database connection waits on Keycloak.
 */
@ApplicationScoped
public class CsmLookup {

    private final Directory directory;

    public CsmLookup(Directory directory) {
        this.directory = directory;
    }

    /** The patch with the CSM named by {@code reference} (when not null) as their subject id. */
    public Uni<AccountPatch> resolve(AccountPatch patch, CsmReference reference) {
        if (reference == null) {
            return Uni.createFrom().item(patch);
        }
        return idOf(reference).map(id -> new AccountPatch(Optional.of(Optional.of(id)), patch.community()));
    }

    private Uni<String> idOf(CsmReference reference) {
        Uni<Person> person = switch (reference.kind()) {
            case EMAIL -> directory.byEmail(reference.field(), reference.value());
            case USERNAME -> directory.byUsername(reference.field(), reference.value());
        };
        return person.map(Person::id);
    }
}
