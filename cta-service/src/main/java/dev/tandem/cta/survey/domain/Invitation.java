package dev.tandem.cta.survey.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation claimed for sending, with what personalises it. Any figure may be null where the projection does not
 * know it yet.
 *
 * @param suppressed whether the address unsubscribed or bounced since the campaign chose it
 * @param activeUsers the account's active users last week, as signals.raw told
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
        boolean suppressed) {}
