package dev.tandem.content.item.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.content.item.domain.ContentItem;
import dev.tandem.content.item.domain.ContentStatus;
import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.item.domain.ContentType;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A content item; {@code rank} is its relevance to the search query, present only in search results. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentItemResponse(
        UUID id,
        ContentType type,
        String title,
        String body,
        String url,
        String language,
        ContentStatus status,
        int version,
        List<UUID> useCaseIds,
        Set<UserRole> targetRoles,
        Set<String> plans,
        Set<TouchModel> touchModels,
        Instant createdAt,
        Instant updatedAt,
        Double rank) {

    public static ContentItemResponse of(ContentItem item) {
        return of(item, null);
    }

    static ContentItemResponse of(ContentItem item, Double rank) {
        ContentTargets targets = ContentTargets.of(item);
        return new ContentItemResponse(
                item.id,
                item.type,
                item.title,
                item.body,
                item.url,
                item.language,
                item.status,
                item.version,
                targets.useCases(),
                targets.roles(),
                targets.plans(),
                targets.touchModels(),
                item.createdAt,
                item.updatedAt,
                rank);
    }
}
