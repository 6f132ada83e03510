package dev.tandem.gateway.survey;

import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** cta-service's survey results, guarded like every downstream call: timeout, retries, circuit breaker. */
@ApplicationScoped
public class SurveyClient {

    private static final String SERVICE = "cta";

    private final Downstream downstream;
    private final SurveyApi api;

    public SurveyClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, SurveyApi.class);
    }

    /** Fails as NotFound when there is no such campaign. */
    public Uni<SurveyResults> results(UUID campaignId) {
        return downstream.read(SERVICE, () -> api.results(campaignId));
    }
}
