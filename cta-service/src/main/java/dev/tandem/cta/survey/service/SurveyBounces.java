package dev.tandem.cta.survey.service;

import dev.tandem.cta.email.service.BounceListener;
import dev.tandem.cta.survey.repository.SendStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A bounce marks the last survey invitation sent to the address, so results count it as not delivered. */
@ApplicationScoped
public class SurveyBounces implements BounceListener {

    private final SendStore sends;

    public SurveyBounces(SendStore sends) {
        this.sends = sends;
    }

    @Override
    public Uni<Integer> bounced(String email, String detail) {
        return sends.bounced(email, detail);
    }
}
