package dev.tandem.gateway.content;

import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A content item: a setup video, article, roll-out deck or success story.")
public record ContentItem(
        @Id UUID id,

        @Description("SETUP_VIDEO, ARTICLE, ROLLOUT_DECK, SUCCESS_STORY, ...")
        String type,

        String title,
        String body,
        String url,
        String language,

        @Description("DRAFT (seen by cs-admins only) or PUBLISHED")
        String status,

        int version,
        List<UUID> useCaseIds,
        Set<UserRole> targetRoles,
        Set<String> plans,
        Set<TouchModel> touchModels,
        Instant createdAt,
        Instant updatedAt,
        @Description("Full-text relevance, for a search") Double rank) {}
