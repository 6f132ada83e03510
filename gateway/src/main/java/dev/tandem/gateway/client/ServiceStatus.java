package dev.tandem.gateway.client;

/**
 * Whether a downstream service answers as ready.
 *
 * @param problem why it is not ready; null when it is
 */
public record ServiceStatus(String name, boolean ready, long latencyMillis, String problem) {}
