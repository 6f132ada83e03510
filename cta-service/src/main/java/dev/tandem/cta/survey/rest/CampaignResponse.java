package dev.tandem.cta.survey.rest;

import dev.tandem.cta.survey.domain.Audience;
import dev.tandem.cta.survey.domain.Campaign;
import java.time.Instant;
import java.util.UUID;

/** A campaign: SCHEDULED, QUEUED, RUNNING, then DONE with how many it invited. */
public record CampaignResponse(
        UUID id,
        UUID surveyId,
        String name,
        Audience audience,
        int throttleDays,
        int expiresDays,
        Instant sendAt,
        String status,
        int recipients,
        String createdBy,
        Instant createdAt) {

    static CampaignResponse of(Campaign campaign) {
        return new CampaignResponse(
                campaign.id(),
                campaign.surveyId(),
                campaign.name(),
                campaign.audience(),
                campaign.throttleDays(),
                campaign.expiresDays(),
                campaign.sendAt(),
                campaign.status(),
                campaign.recipients(),
                campaign.createdBy(),
                campaign.createdAt());
    }
}
