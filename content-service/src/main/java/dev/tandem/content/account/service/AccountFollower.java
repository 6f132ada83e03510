package dev.tandem.content.account.service;

import dev.tandem.events.account.ContractEvent;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * What the features above the account projection do with account.events besides keeping it: onboarding follows
 * contracts, and an erased account is forgotten everywhere. The consumer calls it inside its transaction, so the
 * effects commit with the record of the event, once. The enrollment feature implements it, so that this one need not
 * know enrollments.
 */
public interface AccountFollower {

    /** Any of the four contract events; the follower tells them apart where it cares what happened. */
    Uni<Void> contract(ContractEvent contract);

    /** The account was erased: forget everything held about it. */
    Uni<Void> erased(UUID accountId, String externalId);
}
