package dev.tandem.cta.timeline.service;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Told of every change to an account's touchpoints, inside the transaction that made it, so that what builds on
 * touchpoints (the rules: "no touchpoint with a decision maker for N days") follows them without this package knowing
 * it.
 */
public interface TouchpointListener {

    Uni<Void> touchpointsChanged(UUID accountId);
}
