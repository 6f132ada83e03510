package dev.tandem.cta.plan.rest;

import dev.tandem.cta.plan.service.PlanReader;
import dev.tandem.cta.plan.service.PlanService;
import dev.tandem.cta.plan.service.PlanTasks;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/success-plans")
@Tag(name = "Success plans")
public class SuccessPlanResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final PlanService service;
    private final PlanReader reader;
    private final PlanTasks tasks;
    private final SecurityIdentity identity;

    public SuccessPlanResource(PlanService service, PlanReader reader, PlanTasks tasks, SecurityIdentity identity) {
        this.service = service;
        this.reader = reader;
        this.tasks = tasks;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Make an account's success plan: blank, with objectives, or from a template (baselines the"
                    + " account's latest values unless given); 409 when the account has one")
    public Uni<Response> create(@Valid @NotNull(message = BODY_REQUIRED) PlanRequests.Create request) {
        return service.create(request.toCommand(), Callers.of(identity))
                .map(view -> Response.created(URI.create("/api/v1/success-plans/" + view.plan().id))
                        .type(MediaType.APPLICATION_JSON)
                        .entity(PlanResponse.of(view))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "Success plans, newest first, of the accounts named (repeat accountId for up to 200)")
    public Uni<Page<PlanResponse>> list(
            @BeanParam @Valid PlanListParameters filters, @BeanParam @Valid PageParameters page) {
        return reader.list(filters.accountId, page.first, page.after).map(found -> found.map(PlanResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "A success plan with its objectives, their progress and status, and their tasks")
    public Uni<PlanResponse> get(@PathParam("id") UUID id) {
        return reader.get(id).map(PlanResponse::of);
    }

    @POST
    @Path("/{id}/objectives")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Add an objective; judged at once and its status announced")
    public Uni<Response> addObjective(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) PlanRequests.ObjectiveBody request) {
        return service.addObjective(id, request.toObjective(), Callers.of(identity))
                .map(view -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(PlanResponse.of(view))
                        .build());
    }

    @PUT
    @Path("/{id}/objectives/{objectiveId}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Rewrite an objective's title, owner, due date and goal (its progress inputs); judged again,"
                    + " an achieved one too")
    public Uni<PlanResponse> updateObjective(
            @PathParam("id") UUID id,
            @PathParam("objectiveId") UUID objectiveId,
            @Valid @NotNull(message = BODY_REQUIRED) PlanRequests.ObjectiveBody request) {
        return service.updateObjective(id, objectiveId, request.toObjective(), Callers.of(identity))
                .map(PlanResponse::of);
    }

    @POST
    @Path("/{id}/objectives/{objectiveId}/tasks")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Add a task under an objective, owned by whom it names or the objective's owner")
    public Uni<Response> addTask(
            @PathParam("id") UUID id,
            @PathParam("objectiveId") UUID objectiveId,
            @Valid @NotNull(message = BODY_REQUIRED) PlanRequests.Task request) {
        return tasks.add(id, objectiveId, request.toTask(), Callers.of(identity))
                .map(task -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(PlanResponse.TaskResponse.of(task))
                        .build());
    }

    @POST
    @Path("/{id}/objectives/{objectiveId}/playbooks")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Attach a playbook: its steps become the objective's tasks, fitted before its due date")
    public Uni<Response> attachPlaybook(
            @PathParam("id") UUID id,
            @PathParam("objectiveId") UUID objectiveId,
            @Valid @NotNull(message = BODY_REQUIRED) PlanRequests.AttachPlaybook request) {
        return tasks.attachByHand(id, objectiveId, request.playbookId(), Callers.of(identity))
                .map(created -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(created.stream()
                                .map(PlanResponse.TaskResponse::of)
                                .toList())
                        .build());
    }

    @POST
    @Path("/{id}/objectives/{objectiveId}/tasks/{taskId}/done")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Mark a task done")
    public Uni<PlanResponse.TaskResponse> done(
            @PathParam("id") UUID id, @PathParam("objectiveId") UUID objectiveId, @PathParam("taskId") UUID taskId) {
        return tasks.mark(id, objectiveId, taskId, true, Callers.of(identity)).map(PlanResponse.TaskResponse::of);
    }

    @POST
    @Path("/{id}/objectives/{objectiveId}/tasks/{taskId}/undone")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Mark a done task not done again")
    public Uni<PlanResponse.TaskResponse> undone(
            @PathParam("id") UUID id, @PathParam("objectiveId") UUID objectiveId, @PathParam("taskId") UUID taskId) {
        return tasks.mark(id, objectiveId, taskId, false, Callers.of(identity)).map(PlanResponse.TaskResponse::of);
    }
}
