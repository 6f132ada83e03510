package dev.tandem.account.audit.service;

import dev.tandem.events.TandemEvent;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Where a change to an account is told: its event for the other services and its audit entry. Both are written in
 * the transaction of the change, so they exist exactly when the change does.
 */
public interface ChangeLog {

    Uni<Void> record(TandemEvent event, UUID accountId, String action, String summary);
}
