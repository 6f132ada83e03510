package dev.tandem.content.usecase.rest;

import dev.tandem.content.usecase.service.UseCaseService;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/use-cases")
@Tag(name = "Use cases")
public class UseCaseResource {

    private final UseCaseService service;

    public UseCaseResource(UseCaseService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Describe a use case: how often customers ask about it and how long explaining it takes")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") UseCaseRequest request) {
        return service.create(request.toCommand())
                .map(created -> Response.created(URI.create("/api/v1/use-cases/" + created.id))
                        .entity(UseCaseResponse.of(created))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "Use cases by priority, highest first: write content for the top ones first")
    public Uni<Page<UseCaseResponse>> list(@BeanParam @Valid PageParameters page) {
        return service.byPriority(page.first, page.after).map(result -> result.map(UseCaseResponse::of));
    }
}
