package dev.tandem.gateway.analysis;

import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** health-service's churn analyses, guarded like every downstream call. */
@ApplicationScoped
public class ChurnAnalysisClient {

    private static final String SERVICE = "health";

    private final Downstream downstream;
    private final ChurnAnalysisApi api;

    public ChurnAnalysisClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, ChurnAnalysisApi.class);
    }

    public Uni<List<ChurnAnalysis>> latest() {
        return downstream.read(SERVICE, api::latest);
    }

    public Uni<ChurnAnalysis> get(UUID id) {
        return downstream.read(SERVICE, () -> api.get(id));
    }

    public Uni<ChurnAnalysis> start(ChurnAnalysisInput input) {
        return downstream.write(SERVICE, () -> api.start(input));
    }
}
