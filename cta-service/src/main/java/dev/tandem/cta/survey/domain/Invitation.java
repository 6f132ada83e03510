package dev.tandem.cta.survey.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation claimed for sending, with what personalises it. Any figure may be null where the projection does not
 * know it yet.
 *
 * @param suppressed whether the address unsubscribed or bounced since the campaign chose it
 * @param activeUsers the account's active users last week, as signals.raw told
 * @param recipient who it asks and where, for an in-app invitation, which names them to the vendor's product
 * @param webhookUrl where the campaign posts its invitations; null for e-mail
 */
public record Invitation(
        UUID sendId,
        UUID surveyId,
        String email,
        String recipientName,
        String accountName,
        String band,
        Integer score,
        Integer activeUsers,
        String subject,
        String intro,
        SurveyKind kind,
        Instant expiresAt,
        boolean suppressed,
        Recipient recipient,
        String surveyName,
        String webhookUrl) {

    /** The vendor's ids of the person and of their account; either null once erased. */
    public record Recipient(
            UUID campaignId, UUID accountId, String accountExternalId, UUID userId, String userExternalId) {}

    public boolean inApp() {
        return webhookUrl != null;
    }
}
