package dev.tandem.gateway.cta;

import dev.tandem.events.cta.CtaOutcome;
import dev.tandem.gateway.config.Roles;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What CSMs do with CTAs, and what admins do with rules. cta-service checks objects: a CSM changes only CTAs they own
 * or of accounts they are CSM of, which shows here as FORBIDDEN.
 */
@GraphQLApi
public class CtaMutations {

    private final CtaClient ctas;
    /** SmallRye's injected context answers for the field being fetched on the calling thread, so a singleton holds it. */
    private final Context context;

    public CtaMutations(CtaClient ctas, Context context) {
        this.ctas = ctas;
        this.context = context;
    }

    @Mutation("createCta")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Open a CTA by hand; when the account has one open of this type and reason, it is added to.")
    public Uni<Cta> createCta(@NonNull CtaInputs.NewCta cta) {
        return ctas.open(cta);
    }

    @Mutation("updateCta")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Change an open CTA's priority or due date; fields left out stay as they are, dueDate: null clears it."
            + " Nothing changed, nothing announced on ctaChanged.")
    public Uni<Cta> updateCta(@NonNull UUID id, @NonNull CtaInputs.Changes changes) {
        return ctas.update(id, CtaPatch.of(changes, givenFields("changes")));
    }

    @Mutation("snoozeCta")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Snooze an open CTA until a day; rules do not add to it meanwhile.")
    public Uni<Cta> snoozeCta(@NonNull UUID id, @NonNull LocalDate until, @NonNull String reason) {
        return ctas.snooze(id, new CtaInputs.Snooze(until, reason));
    }

    @Mutation("closeCta")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Close an open CTA as a success or as lost.")
    public Uni<Cta> closeCta(@NonNull UUID id, @NonNull CtaOutcome outcome, String reason) {
        return ctas.close(id, new CtaInputs.Close(outcome, reason));
    }

    @Mutation("reassignCta")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Give an open CTA to another owner.")
    public Uni<Cta> reassignCta(@NonNull UUID id, @NonNull String ownerId) {
        return ctas.reassign(id, new CtaInputs.Reassign(ownerId));
    }

    @Mutation("commentOnCta")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Add a comment to a CTA: the note on what was done, besides the changes the other mutations make. True"
            + " once stored.")
    public Uni<Boolean> commentOnCta(@NonNull UUID id, @NonNull String body) {
        return ctas.comment(id, new CtaInputs.Comment(body)).replaceWith(true);
    }

    @Mutation("completeTask")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Check a CTA's task off.")
    public Uni<CtaTask> completeTask(@NonNull UUID ctaId, @NonNull UUID taskId) {
        return ctas.completeTask(ctaId, taskId);
    }

    /** The fields of an input argument the request wrote out, null ones included; the typed input loses the nulls. */
    private Set<String> givenFields(String argument) {
        Map<String, Object> raw = context.unwrap(DataFetchingEnvironment.class).getArgument(argument);
        return raw == null ? Set.of() : raw.keySet();
    }

    @Mutation("createRule")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("A new rule, given as rule (its trigger and each action set exactly one kind) or, deprecated and kept"
            + " for one release, as the whole JSON document; cta-service checks the rest.")
    public Uni<Rule> createRule(RuleInput rule, JsonObject document) {
        return RuleBodies.toRest(rule, document).chain(ctas::createRule).map(Rule::of);
    }

    @Mutation("replaceRule")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Replace a rule whole, given as rule or, deprecated and kept for one release, as the whole JSON"
            + " document.")
    public Uni<Rule> replaceRule(@NonNull @Id String id, RuleInput rule, JsonObject document) {
        return RuleBodies.toRest(rule, document)
                .chain(body -> ctas.replaceRule(id, body))
                .map(Rule::of);
    }

    @Mutation("deleteRule")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Delete a rule; true once it is gone.")
    public Uni<Boolean> deleteRule(@NonNull @Id String id) {
        return ctas.deleteRule(id).replaceWith(true);
    }
}
