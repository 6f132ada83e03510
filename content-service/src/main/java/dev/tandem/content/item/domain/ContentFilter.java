package dev.tandem.content.item.domain;

import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import java.util.UUID;

/**
 * What a catalog list or search asks for; null fields do not filter. {@code query} is a web-search style query
 * ({@code "single sign-on" -okta}); with it, results come by relevance instead of newest first.
 */
public record ContentFilter(
        String query,
        ContentType type,
        ContentStatus status,
        String language,
        UUID useCaseId,
        UserRole role,
        String plan,
        TouchModel touchModel) {}
