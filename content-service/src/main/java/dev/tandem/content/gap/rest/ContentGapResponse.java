package dev.tandem.content.gap.rest;

import dev.tandem.content.gap.service.ContentGaps;
import dev.tandem.content.item.domain.ContentStatus;
import dev.tandem.content.item.domain.ContentType;
import java.util.List;
import java.util.UUID;

/**
 * A use case with the content covering it.
 *
 * @param gap true when no published item covers it yet
 */
public record ContentGapResponse(
        UUID useCaseId, String name, long priority, boolean gap, int publishedItems, List<Coverage> coveredBy) {

    /** One item covering the use case. */
    public record Coverage(UUID id, String title, ContentType type, ContentStatus status) {}

    /**
     * @param draftsVisible whether the caller may see drafts (cs-admins, who write them); for everyone else
     *     {@code coveredBy} lists published items only, like the catalog does
     */
    static ContentGapResponse of(ContentGaps.Gap gap, boolean draftsVisible) {
        List<Coverage> coverage = gap.coveredBy().stream()
                .filter(item -> draftsVisible || item.status == ContentStatus.PUBLISHED)
                .map(item -> new Coverage(item.id, item.title, item.type, item.status))
                .toList();
        int published = (int) coverage.stream()
                .filter(item -> item.status() == ContentStatus.PUBLISHED)
                .count();
        return new ContentGapResponse(
                gap.useCase().id, gap.useCase().name, gap.useCase().priority, published == 0, published, coverage);
    }
}
