package dev.tandem.cta.email.service;

import io.smallrye.mutiny.Uni;

/**
 * Told, in the transaction that records it, that mail to an address bounced: the feature that sent to it marks its
 * own record of the send. Keeps the e-mail channel free of any one feature's tables.
 */
public interface BounceListener {

    /** @return how many sends this listener marked as bounced */
    Uni<Integer> bounced(String email, String detail);
}
