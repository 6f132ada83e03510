package dev.tandem.gateway.plan;

import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Success plan templates; an account's plan is read with the account (Account.successPlan). */
@GraphQLApi
public class PlanQueries {

    private final PlanClient plans;

    public PlanQueries(PlanClient plans) {
        this.plans = plans;
    }

    @Query("successPlanTemplates")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The success plan templates by segment (touch model) and name.")
    public Uni<List<SuccessPlanTemplate>> successPlanTemplates() {
        return plans.templates();
    }
}
