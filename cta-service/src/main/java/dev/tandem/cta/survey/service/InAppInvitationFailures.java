package dev.tandem.cta.survey.service;

import dev.tandem.cta.delivery.domain.Delivery;
import dev.tandem.cta.delivery.service.DeliveryFailures;
import dev.tandem.cta.survey.repository.SendStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An in-app invitation whose webhook failed for good was never shown: its invitation becomes FAILED with the webhook's
 * error, so results do not count it as sent.
 */
@ApplicationScoped
public class InAppInvitationFailures implements DeliveryFailures {

    private final SendStore sends;

    public InAppInvitationFailures(SendStore sends) {
        this.sends = sends;
    }

    @Override
    public boolean concerns(Delivery.Kind kind) {
        return kind == Delivery.Kind.SURVEY_INVITATION;
    }

    @Override
    public Uni<Void> failedForGood(Delivery delivery) {
        return sends.undelivered(InAppInvitations.invitationOf(delivery.dedupKey), delivery.lastError);
    }
}
