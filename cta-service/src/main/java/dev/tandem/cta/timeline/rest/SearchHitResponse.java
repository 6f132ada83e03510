package dev.tandem.cta.timeline.rest;

import dev.tandem.cta.timeline.domain.SearchHit;

/**
 * A touchpoint a search found.
 *
 * @param rank how well it matched, higher first; comparable within one search only
 * @param headline the body's best passages, the matched words in {@code **bold**}
 */
public record SearchHitResponse(TouchpointResponse touchpoint, double rank, String headline) {

    static SearchHitResponse of(SearchHit hit) {
        return new SearchHitResponse(TouchpointResponse.of(hit.touchpoint()), hit.rank(), hit.headline());
    }
}
