package dev.tandem.cta.delivery.rest;

import dev.tandem.cta.delivery.domain.Delivery;
import dev.tandem.cta.delivery.service.DeliveryLog;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/deliveries")
@Tag(name = "Tech-touch messages")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
public class DeliveryResource {

    private final DeliveryLog deliveries;
    private final SecurityIdentity identity;

    public DeliveryResource(DeliveryLog deliveries, SecurityIdentity identity) {
        this.deliveries = deliveries;
        this.identity = identity;
    }

    @GET
    @Operation(
            summary = "Tech-touch messages and rule webhooks, newest first, with attempts and the last error;"
                    + " status=FAILED lists those given up")
    public Uni<Page<DeliveryResponse>> list(
            @QueryParam("status") Delivery.Status status,
            @QueryParam("accountId") UUID accountId,
            @BeanParam @Valid PageParameters page) {
        boolean urlsVisible = identity.hasRole(Roles.CS_ADMIN);
        return deliveries
                .list(status, accountId, page.first, page.after)
                .map(found -> found.map(d -> DeliveryResponse.of(d, urlsVisible)));
    }
}
