package dev.tandem.health.analysis.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.health.analysis.domain.AnalysisParameters;
import dev.tandem.health.analysis.domain.ChurnAnalysis;
import dev.tandem.health.analysis.domain.ChurnAnalysisJob;
import dev.tandem.health.analysis.repository.ChurnAnalysisRepository;
import dev.tandem.health.analysis.service.ChurnAnalysisService;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ChurnAnalysisResource.PATH)
@Tag(name = "Churn analysis")
@RolesAllowed(Roles.CS_ADMIN)
public class ChurnAnalysisResource {

    static final String PATH = "/api/v1/churn-analyses";

    private final ChurnAnalysisService service;
    private final ChurnAnalysisRepository analyses;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Clock clock;

    public ChurnAnalysisResource(
            ChurnAnalysisService service,
            ChurnAnalysisRepository analyses,
            SecurityIdentity identity,
            ObjectMapper json,
            Clock clock) {
        this.service = service;
        this.analyses = analyses;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    @POST
    @Operation(
            summary = "Relate accounts' measures H days before their contract outcomes to those outcomes, in the"
                    + " background: 202 with the analysis, whose progress and result GET shows",
            description = "422 when the look-back holds fewer than 30 churned or 30 retained outcomes.")
    public Uni<Response> start(@NotNull(message = "a JSON body is required") ChurnAnalysisRequest request) {
        AnalysisParameters parameters = request.toParameters(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return service.start(parameters, Callers.of(identity).subject())
                .map(job -> Response.accepted(response(job, false))
                        .location(URI.create(PATH + "/" + job.id))
                        .type(MediaType.APPLICATION_JSON)
                        .build());
    }

    @GET
    @Operation(summary = "The 20 latest churn analyses, newest first, without their results")
    public Uni<List<ChurnAnalysisResponse>> latest() {
        return analyses.latest(20)
                .map(found -> found.stream().map(job -> response(job, false)).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A churn analysis: its progress and, once completed, its cohorts, suggestion and backtests")
    public Uni<ChurnAnalysisResponse> get(@PathParam("id") UUID id) {
        return analyses.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("Churn analysis", id))
                .map(job -> response(job, true));
    }

    private ChurnAnalysisResponse response(ChurnAnalysisJob job, boolean withResult) {
        return ChurnAnalysisResponse.of(
                job,
                read(job.parameters, AnalysisParameters.class),
                withResult && job.result != null ? read(job.result, ChurnAnalysis.Result.class) : null);
    }

    private <T> T read(String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored churn analysis cannot be read", e);
        }
    }
}
