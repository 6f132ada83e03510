package dev.tandem.gateway.cta;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** CTA ownership: the team's cockpit, the queues of CTAs nobody owns, pulling from them and taking a CTA. */
@GraphQLApi
public class CtaOwnership {

    private final CtaClient ctas;

    public CtaOwnership(CtaClient ctas) {
        this.ctas = ctas;
    }

    @Query("teamCockpit")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description(
            "The team's open, unsnoozed CTAs, owned or waiting in a queue, most urgent first; narrowed to one owner"
                    + " or one queue when named.")
    public Uni<List<CockpitItem>> teamCockpit(String ownerId, String queue, @DefaultValue("50") int first) {
        return PageSize.checked(first).chain(size -> ctas.teamCockpit(ownerId, queue, size));
    }

    @Query("ctaQueues")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("The queues where open CTAs without an owner wait, with how many wait in each.")
    public Uni<List<CtaQueue>> ctaQueues() {
        return ctas.queues();
    }

    @Mutation("pullCta")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Take a CTA waiting in a queue as one's own; refused (CONFLICT) when someone owns it.")
    public Uni<Cta> pullCta(@NonNull UUID id) {
        return ctas.pull(id);
    }

    @Mutation("takeCta")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description(
            "\"I'm on it\": the CTA stays open until closed by hand, even when the condition that opened it clears.")
    public Uni<Cta> takeCta(@NonNull UUID id) {
        return ctas.take(id);
    }
}
