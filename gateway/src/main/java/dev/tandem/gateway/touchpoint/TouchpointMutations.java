package dev.tandem.gateway.touchpoint;

import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What CSMs write on an account's record. cta-service checks objects: a CSM writes only on accounts they are CSM of,
 * which shows here as FORBIDDEN; bad input as BAD_USER_INPUT naming the field.
 */
@GraphQLApi
public class TouchpointMutations {

    private final TouchpointClient touchpoints;

    public TouchpointMutations(TouchpointClient touchpoints) {
        this.touchpoints = touchpoints;
    }

    @Mutation("recordTouchpoint")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Record a call, meeting, QBR, e-mail, note or visit at an account; the caller is its author."
            + " Announced on cta.events: health-service's engagement measures follow within seconds.")
    public Uni<Touchpoint> recordTouchpoint(
            @NonNull @Description("Tandem's account id") UUID accountId, @NonNull TouchpointInput touchpoint) {
        return touchpoints.record(accountId, touchpoint);
    }

    @Mutation("updateTouchpoint")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Rewrite a touchpoint: every field as given (participants and colleagues replaced).")
    public Uni<Touchpoint> updateTouchpoint(@NonNull UUID id, @NonNull TouchpointInput touchpoint) {
        return touchpoints.update(id, touchpoint);
    }

    @Mutation("deleteTouchpoint")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Delete a touchpoint; true once it is gone from the timeline and the measures.")
    public Uni<Boolean> deleteTouchpoint(@NonNull UUID id) {
        return touchpoints.delete(id).replaceWith(true);
    }

    @Mutation("addTouchpointType")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Add a kind of touchpoint (e.g. WORKSHOP); the built-in ones stay.")
    public Uni<TouchpointType> addTouchpointType(@NonNull TouchpointTypeInput type) {
        return touchpoints.addType(type);
    }
}
