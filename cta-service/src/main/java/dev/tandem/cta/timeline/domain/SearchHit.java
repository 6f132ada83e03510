package dev.tandem.cta.timeline.domain;

/**
 * A touchpoint a search found.
 *
 * @param rank how well it matched, higher first
 * @param headline the body's best passages, the matched words in {@code **bold**}
 */
public record SearchHit(TouchpointView touchpoint, double rank, String headline) {}
