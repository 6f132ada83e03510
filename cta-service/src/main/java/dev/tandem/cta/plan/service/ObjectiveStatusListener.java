package dev.tandem.cta.plan.service;

import io.smallrye.mutiny.Uni;

/**
 * Told of every objective status change inside the transaction that made it: the rule engine's "objective at risk"
 * trigger listens here, so plans need not know the rules that sit on top of them.
 */
public interface ObjectiveStatusListener {

    Uni<Void> statusChanged(ObjectiveChange change);
}
