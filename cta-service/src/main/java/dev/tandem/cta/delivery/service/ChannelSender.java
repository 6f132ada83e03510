package dev.tandem.cta.delivery.service;

import dev.tandem.cta.delivery.domain.Delivery;

/**
 * Sends notifications ({@link Delivery.Kind#NOTIFICATION}) of a channel that is no HTTP call (e-mail), with the same queue, retries and back-off as webhooks.
 * Implemented where the channel is, so that this package needs to know nothing of it.
 */
public interface ChannelSender {

    boolean sends(String channel);

    /**
     * Called off the event loop; may block.
     *
     * @return null on success, else what went wrong, in words safe to show (no payload, no secret)
     */
    String send(Delivery delivery);
}
