package dev.tandem.cta.playbook.rest;

import dev.tandem.cta.playbook.domain.PlaybookStep;
import dev.tandem.cta.playbook.service.PlaybookService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/playbooks")
@Tag(name = "Playbooks")
public class PlaybookResource {

    private final PlaybookService service;

    public PlaybookResource(PlaybookService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "Playbooks, built-in ones first")
    public Uni<List<PlaybookResponse>> list() {
        return service.list()
                .map(found -> found.stream().map(PlaybookResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "A playbook with its steps")
    public Uni<PlaybookResponse> get(@PathParam("id") UUID id) {
        return service.get(id).map(PlaybookResponse::of);
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Define a playbook: steps with due dates in days after the CTA was opened")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") PlaybookRequest request) {
        List<PlaybookStep> steps = IntStream.range(0, request.steps().size())
                .mapToObj(i -> new PlaybookStep(
                        i + 1,
                        request.steps().get(i).title(),
                        request.steps().get(i).dueOffsetDays()))
                .toList();
        return service.create(request.name(), request.description(), steps)
                .map(created -> Response.created(URI.create("/api/v1/playbooks/" + created.playbook().id))
                        .type(MediaType.APPLICATION_JSON)
                        .entity(PlaybookResponse.of(created))
                        .build());
    }
}
