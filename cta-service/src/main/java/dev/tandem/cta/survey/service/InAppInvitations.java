package dev.tandem.cta.survey.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.delivery.service.DeliveryQueue;
import dev.tandem.cta.survey.domain.Invitation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Hands in-app invitations to the delivery queue, which posts each, signed, to the campaign's webhook with the retries,
 * back-off and address checks of rule webhooks. The queue keys each by its invitation, so an invitation handed over
 * twice (a worker that died before recording it) is posted once.
 */
@ApplicationScoped
public class InAppInvitations {

    private static final String DEDUP_PREFIX = "survey-invitation:";

    private final DeliveryQueue deliveries;
    private final ObjectMapper json;

    public InAppInvitations(DeliveryQueue deliveries, ObjectMapper json) {
        this.deliveries = deliveries;
        this.json = json;
    }

    /** What the vendor's product receives: whom to ask, on behalf of which account, what, and where to answer. */
    public record InAppInvitation(
            String kind,
            UUID invitationId,
            UUID campaignId,
            Person person,
            Account account,
            AskedSurvey survey,
            String responseUrl,
            Instant expiresAt) {}

    /** @param externalId the vendor's own id of the person, by which its product knows them */
    public record Person(UUID userId, String externalId, String name, String email) {}

    public record Account(UUID accountId, String externalId, String name) {}

    public record AskedSurvey(UUID surveyId, String name, String kind, String subject, String intro) {}

    /** Queues each invitation with its personal response link, in the caller's transaction. */
    public Uni<Void> queue(List<Invitation> invitations, java.util.function.Function<Invitation, String> responseUrl) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Invitation invitation : invitations) {
            String payload = write(payload(invitation, responseUrl.apply(invitation)));
            Invitation.Recipient to = invitation.recipient();
            chain = chain.chain(() -> deliveries
                    .surveyInvitation(
                            DEDUP_PREFIX + invitation.sendId(),
                            to.accountId(),
                            to.userId(),
                            invitation.webhookUrl(),
                            payload)
                    .replaceWithVoid());
        }
        return chain;
    }

    /** The invitation a delivery of it posts, read back from the delivery's key. */
    static UUID invitationOf(String dedupKey) {
        return UUID.fromString(dedupKey.substring(DEDUP_PREFIX.length()));
    }

    static InAppInvitation payload(Invitation invitation, String responseUrl) {
        Invitation.Recipient to = invitation.recipient();
        return new InAppInvitation(
                "survey-invitation",
                invitation.sendId(),
                to.campaignId(),
                new Person(
                        to.userId(),
                        to.userExternalId(),
                        invitation.recipientName(),
                        invitation.email().isEmpty() ? null : invitation.email()),
                new Account(to.accountId(), to.accountExternalId(), invitation.accountName()),
                new AskedSurvey(
                        invitation.surveyId(),
                        invitation.surveyName(),
                        invitation.kind().name(),
                        invitation.subject(),
                        invitation.intro()),
                responseUrl,
                invitation.expiresAt());
    }

    private String write(InAppInvitation payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An in-app invitation cannot be written as JSON", e);
        }
    }
}
