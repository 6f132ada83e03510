package dev.tandem.cta.survey.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as its response link finds it, with what an answer is checked against and announced with.
 *
 * @param accountExternalId the vendor's id of the account, as signals name accounts
 * @param userExternalId the vendor's id of the end user; null when the user has been erased since
 * @param answeredAt when it was answered; null while it is open
 */
public record OpenInvitation(
        UUID sendId,
        UUID campaignId,
        Survey survey,
        UUID accountId,
        String accountExternalId,
        String accountName,
        UUID userId,
        String userExternalId,
        String status,
        Instant answeredAt) {}
