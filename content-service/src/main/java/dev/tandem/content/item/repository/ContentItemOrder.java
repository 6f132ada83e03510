package dev.tandem.content.item.repository;

import dev.tandem.content.item.domain.ContentItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Puts entities loaded by id back into the order a native query ranked their ids in. */
final class ContentItemOrder {

    private ContentItemOrder() {}

    static List<ContentItem> as(List<String> rankedIds, List<ContentItem> items) {
        Map<UUID, ContentItem> byId = items.stream().collect(Collectors.toMap(item -> item.id, Function.identity()));
        return rankedIds.stream()
                .map(id -> byId.get(UUID.fromString(id)))
                .filter(Objects::nonNull)
                .toList();
    }
}
