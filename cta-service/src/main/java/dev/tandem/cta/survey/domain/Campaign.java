package dev.tandem.cta.survey.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A sending of a survey to an audience.
 *
 * @param throttleDays nobody of the audience who was sent any survey in this many days is asked again
 * @param expiresDays how long the response links stay valid after the campaign runs
 * @param recipients how many invitations it queued, once its status is DONE
 * @param webhookUrl where WEBHOOK invitations are posted; null for EMAIL
 */
public record Campaign(
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
        String webhookUrl) {}
