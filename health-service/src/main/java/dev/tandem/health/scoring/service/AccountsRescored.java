package dev.tandem.health.scoring.service;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Told when accounts' health was rescored, in the rescoring's transaction, while the accounts are held: for what must
 * follow their health, such as their PQL.
 */
public interface AccountsRescored {

    /** @param ids the Tandem ids of those of {@code accounts} account-service has announced */
    Uni<Void> accountsRescored(List<String> accounts, Map<String, UUID> ids, Instant at);
}
