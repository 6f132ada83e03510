package dev.tandem.gateway.cta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.events.cta.CtaPriority;
import dev.tandem.events.health.HealthBand;
import dev.tandem.gateway.json.JsonDocuments;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A CTA rule as cta-service keeps it, field by field: what it watches for, whom it judges, what it does. */
public record Rule(
        @Id String id,
        String name,
        boolean enabled,
        Trigger trigger,
        RuleScope scope,
        Reentry reentry,
        List<Action> actions,

        @Description("Days the condition must stay cleared before the CTA it opened resolves itself; 0: never")
        int resolveAfterDays,

        @Description("BAND_ENTERED only: when saved or switched on, CTAs open once for accounts already in the band")
        boolean applyToCurrentState,

        @Description("When the rule's current version was saved: it acts on what happens from then on")
        Instant inForceSince,

        @Description("Deprecated, kept for one release: read the typed fields (trigger, scope, reentry,"
                + " actions). The same rule as one JSON document, in cta-service's REST shape")
        JsonObject document) {

    /** What the rule watches for: its kind, and the parameters that kind reads (the others are null). */
    @Name("RuleTrigger")
    @Description("What a rule watches for: its kind and the parameters that kind reads (the others are null)")
    public record Trigger(
            TriggerKind kind,
            @Description("BAND_ENTERED") HealthBand band,

            @Description("SCORE_DROPPED: the fall below the highest score of the last days")
            Integer points,

            @Description("SCORE_DROPPED, RENEWAL_APPROACHING, NO_DECISION_MAKER_CONTACT")
            Integer days,

            @Description("SEATS_NEARLY_USED, ACTIVE_USERS_DROPPED")
            Integer percent,

            @Description("PQL_CROSSED") Integer threshold,
            @Description("STAGE_ENTERED") LifecycleStage stage,
            @Description("SEGMENT_ENTERED") TouchModel touchModel,
            @Description("SIGNAL_MATCHED") SignalFilter signal) {}

    /** What the rule does: its kind, and the parameters that kind reads (the others are null). */
    @Name("RuleAction")
    @Description("What a rule does when it fires: its kind and the parameters that kind reads (the others are null)")
    public record Action(
            ActionKind kind,
            String ctaType,
            String reason,
            CtaPriority priority,
            Integer dueInDays,

            @Description("Who gets the CTA when the account has no CSM")
            String defaultOwner,

            List<String> team,
            UUID playbookId,
            UUID templateId,

            @Description("Cut to its host for callers other than cs-admins: it often holds a credential")
            String url,

            @Description("CALL_WEBHOOK: the body's format") WebhookFormat format,

            @Description("SEND_SURVEY: the survey sent to the account's end users")
            UUID surveyId,

            @Description("SEND_SURVEY: the end-user roles asked; all when empty")
            List<UserRole> roles,

            @Description("SEND_SURVEY: nobody surveyed within this many days is asked again")
            Integer throttleDays,

            @Description("SEND_SURVEY: how many days after the firing the survey is sent; 0: at once")
            Integer delayDays) {}

    static Rule of(JsonNode node) {
        Rule typed = JsonDocuments.read(RuleBodies.withPropertiesAsList(node), Rule.class);
        return new Rule(
                typed.id,
                typed.name,
                typed.enabled,
                typed.trigger,
                typed.scope,
                typed.reentry,
                typed.actions,
                typed.resolveAfterDays,
                typed.applyToCurrentState,
                typed.inForceSince,
                JsonDocuments.toGraphQL(node));
    }
}
