package dev.tandem.gateway.graphql;

import dev.tandem.gateway.client.ServiceReadinessClient;
import dev.tandem.gateway.client.ServiceStatus;
import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class PlatformStatusQuery {

    private final ServiceReadinessClient readiness;

    public PlatformStatusQuery(ServiceReadinessClient readiness) {
        this.readiness = readiness;
    }

    @Query("platformStatus")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("Whether each service behind the gateway is ready; a console shows this when data is missing.")
    public Uni<List<ServiceStatus>> platformStatus() {
        return readiness.statuses();
    }
}
