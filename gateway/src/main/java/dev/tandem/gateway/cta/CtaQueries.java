package dev.tandem.gateway.cta;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class CtaQueries {

    private final CtaClient ctas;

    public CtaQueries(CtaClient ctas) {
        this.ctas = ctas;
    }

    @Query("myCockpit")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("The caller's open, unsnoozed CTAs, most urgent first: lower health, higher ARR and a nearer renewal"
            + " rank higher.")
    public Uni<List<CockpitItem>> myCockpit(@DefaultValue("50") int first) {
        return PageSize.checked(first).chain(ctas::cockpit);
    }

    @Query("rules")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("The CTA rules: trigger, scope, reentry and actions.")
    public Uni<List<Rule>> rules() {
        return ctas.rules().map(found -> found.stream().map(Rule::of).toList());
    }
}
