package dev.tandem.content.recommendation.rest;

import dev.tandem.content.recommendation.domain.RecommendationRanking;
import dev.tandem.content.recommendation.service.RecommendationService;
import java.util.List;
import java.util.UUID;

/**
 * What to read next at an account, best first.
 *
 * @param enrollmentId the open enrollment whose milestones led the choice; null when the account is not onboarding
 */
public record RecommendationResponse(UUID accountId, UUID enrollmentId, List<Item> items) {

    /**
     * One recommended item and why.
     *
     * @param milestoneId the unmet milestone it helps reach; null when it is recommended for a use case alone
     * @param reason the milestone or use case it serves, in words
     */
    public record Item(
            UUID contentId, String title, UUID milestoneId, String reason, boolean forRole, boolean seenAtAccount) {}

    static RecommendationResponse of(UUID accountId, RecommendationService.Recommendations recommendations) {
        return new RecommendationResponse(
                accountId,
                recommendations.enrollment() == null ? null : recommendations.enrollment().id,
                recommendations.items().stream()
                        .map(RecommendationResponse::item)
                        .toList());
    }

    private static Item item(RecommendationRanking.Recommendation r) {
        String reason = r.goal().milestoneId() != null
                ? "helps reach the milestone '" + r.goal().name() + "'"
                : "covers the use case '" + r.goal().name() + "'";
        return new Item(
                r.item().id(), r.item().title(), r.goal().milestoneId(), reason, r.forRole(), r.seenAtAccount());
    }
}
