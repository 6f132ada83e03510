package dev.tandem.cta.survey.rest;

import dev.tandem.cta.delivery.domain.UrlRedaction;
import dev.tandem.cta.survey.domain.Audience;
import dev.tandem.cta.survey.domain.Campaign;
import dev.tandem.cta.survey.domain.SurveyChannel;
import java.time.Instant;
import java.util.UUID;

/**
 * A campaign: SCHEDULED, QUEUED, RUNNING, then DONE with how many it invited; {@code webhookUrl} whole for cs-admins,
 * cut to its host for everyone else, since it may hold the receiver's credential.
 */
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
        Instant createdAt,
        SurveyChannel channel,
        String webhookUrl) {

    static CampaignResponse of(Campaign campaign, boolean urlsVisible) {
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
                campaign.createdAt(),
                campaign.channel(),
                urlsVisible ? campaign.webhookUrl() : UrlRedaction.redact(campaign.webhookUrl()));
    }
}
