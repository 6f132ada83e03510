package dev.tandem.cta.cta.service;

import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.domain.CtaAccess;
import dev.tandem.cta.cta.domain.CtaStatus;
import dev.tandem.cta.cta.repository.CtaRepository;
import dev.tandem.cta.cta.repository.CtaStore;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.NotAllowedException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Loads a CTA a caller wants to change: 404 when it does not exist, 403 when it is neither theirs nor their account's. */
@ApplicationScoped
public class CtaGuard {

    private final CtaRepository ctas;
    private final CtaStore store;

    public CtaGuard(CtaRepository ctas, CtaStore store) {
        this.ctas = ctas;
        this.store = store;
    }

    public Uni<Cta> require(UUID id) {
        return ctas.findById(id).map(cta -> {
            if (cta == null) {
                throw new NotFoundException("CTA", id);
            }
            return cta;
        });
    }

    public Uni<Cta> changeable(UUID id, Caller caller) {
        return require(id).call(cta -> mayChange(cta, caller));
    }

    /** Fails with 409 unless {@code cta} is open: a closed CTA is the record of what was done, and stays as it is. */
    public static void requireOpen(Cta cta) {
        if (cta.status != CtaStatus.OPEN) {
            throw new ConflictException("CTA " + cta.id + " is closed (" + cta.status + ")");
        }
    }

    /** Fails with 403 unless {@code caller} may change {@code cta}. */
    public Uni<Void> mayChange(Cta cta, Caller caller) {
        if (CtaAccess.mayChange(caller, cta.ownerId, null)) {
            return Uni.createFrom().voidItem();
        }
        return store.accountCsm(cta.accountId).map(csm -> {
            if (!CtaAccess.mayChange(caller, cta.ownerId, csm)) {
                throw new NotAllowedException(
                        "CTA " + cta.id + " is neither yours nor on an account you are CSM of; its"
                                + " owner, the account's CSM or a cs-admin may change it.");
            }
            return null;
        });
    }
}
