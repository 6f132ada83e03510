package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.service.TaskService;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ctas/{ctaId}/tasks")
@Tag(name = "Playbooks")
public class TaskResource {

    private final TaskService service;
    private final SecurityIdentity identity;

    public TaskResource(TaskService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "A CTA's tasks by due date")
    public Uni<List<TaskResponse>> list(@PathParam("ctaId") UUID ctaId) {
        return service.of(ctaId)
                .map(tasks -> tasks.stream().map(TaskResponse::of).toList());
    }

    @POST
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Add a playbook's tasks to a CTA, due the playbook's offsets after the CTA was opened")
    public Uni<Response> attach(
            @PathParam("ctaId") UUID ctaId,
            @Valid @NotNull(message = "a JSON body is required") CtaRequests.AttachPlaybook request) {
        return service.attachByHand(ctaId, request.playbookId(), Callers.of(identity))
                .map(tasks -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(tasks.stream().map(TaskResponse::of).toList())
                        .build());
    }

    @POST
    @Path("/{taskId}/done")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Mark a task done")
    public Uni<TaskResponse> done(@PathParam("ctaId") UUID ctaId, @PathParam("taskId") UUID taskId) {
        return service.mark(ctaId, taskId, true, Callers.of(identity)).map(TaskResponse::of);
    }

    @POST
    @Path("/{taskId}/undone")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Mark a done task not done again")
    public Uni<TaskResponse> undone(@PathParam("ctaId") UUID ctaId, @PathParam("taskId") UUID taskId) {
        return service.mark(ctaId, taskId, false, Callers.of(identity)).map(TaskResponse::of);
    }
}
