package dev.tandem.content.item.service;

import dev.tandem.content.item.domain.ContentStatus;
import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.item.domain.ContentType;

/**
 * A content item as a cs-admin writes it, for creating or replacing one.
 *
 * @param expectedVersion for a replacement, the version the writer last saw (a stale one is refused); null to skip
 */
public record ContentDraft(
        ContentType type,
        String title,
        String body,
        String url,
        String language,
        ContentStatus status,
        ContentTargets targets,
        Integer expectedVersion) {}
