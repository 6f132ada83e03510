package dev.tandem.cta.delivery.service;

import dev.tandem.cta.delivery.domain.Delivery;
import io.smallrye.mutiny.Uni;

/**
 * Told when a delivery of a kind it concerns fails for good, in the transaction that records the failure: a feature
 * that queues deliveries of its own kind keeps its record true without the queue knowing the feature.
 */
public interface DeliveryFailures {

    boolean concerns(Delivery.Kind kind);

    Uni<Void> failedForGood(Delivery delivery);
}
