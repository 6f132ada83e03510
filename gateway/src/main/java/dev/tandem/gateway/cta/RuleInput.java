package dev.tandem.gateway.cta;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.events.cta.CtaPriority;
import dev.tandem.events.health.HealthBand;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * A whole rule to create or to replace one with. Its trigger and each action are one-of inputs: one field per kind,
 * exactly one of them set ({@link RuleBodies} checks, cta-service checks the parameters and names the field it
 * refuses, e.g. {@code trigger.points}).
 */
@Input("RuleInput")
public record RuleInput(
        String name,
        @Description("True when left out") Boolean enabled,
        TriggerInput trigger,
        @Description("Every account when left out") RuleScope scope,
        @Description("EVERY_TIME when left out") Reentry reentry,
        @Description("1 to 10") List<ActionInput> actions,
        @Description("7 when left out; 0: never") Integer resolveAfterDays,
        Boolean applyToCurrentState) {

    /** Exactly one field set: the kind of trigger, with its parameters. */
    @Input("RuleTriggerInput")
    @Description("Exactly one field set: the kind of trigger, with its parameters (true for a kind without any)")
    public record TriggerInput(
            BandEntered bandEntered,
            ScoreDropped scoreDropped,
            Percent seatsNearlyUsed,
            Percent activeUsersDropped,
            Days renewalApproaching,
            Boolean onboardingOverdue,
            Boolean onboardingFailed,
            Boolean onboardingExtended,

            @Description("The account's onboarding program succeeded: e.g. to survey how it went, delayDays later")
            Boolean onboardingSucceeded,

            PqlCrossed pqlCrossed,
            SignalFilter signalMatched,
            StageEntered stageEntered,
            SegmentEntered segmentEntered,

            @Description("An objective of the account's success plan falls behind")
            Boolean objectiveAtRisk,

            @Description("No touchpoint with a decision maker for days, or none on record")
            Days noDecisionMakerContact) {}

    @Input("BandEnteredInput")
    public record BandEntered(HealthBand band) {}

    @Input("ScoreDroppedInput")
    public record ScoreDropped(Integer points, Integer days) {}

    @Input("PercentInput")
    public record Percent(Integer percent) {}

    @Input("DaysInput")
    public record Days(Integer days) {}

    @Input("PqlCrossedInput")
    public record PqlCrossed(Integer threshold) {}

    @Input("StageEnteredInput")
    public record StageEntered(LifecycleStage stage) {}

    @Input("SegmentEnteredInput")
    public record SegmentEntered(TouchModel touchModel) {}

    /** Exactly one field set: the kind of action, with its parameters. */
    @Input("RuleActionInput")
    @Description("Exactly one field set: the kind of action, with its parameters")
    public record ActionInput(
            CreateCta createCta, SendMessage sendMessage, CallWebhook callWebhook, SendSurvey sendSurvey) {}

    @Input("CreateCtaActionInput")
    public record CreateCta(
            String ctaType,
            String reason,
            CtaPriority priority,
            Integer dueInDays,

            @Description("Who gets the CTA when the account has no CSM")
            String defaultOwner,

            List<String> team,
            UUID playbookId) {}

    @Input("SendMessageActionInput")
    public record SendMessage(UUID templateId, String url) {}

    @Input("CallWebhookActionInput")
    public record CallWebhook(
            String url, @Description("TANDEM when left out") WebhookFormat format) {}

    @Input("SendSurveyActionInput")
    @Description("Sends a survey to the end users of the account the rule fired for, as a campaign would")
    public record SendSurvey(
            UUID surveyId,

            @Description("The end-user roles asked; all when left out")
            List<UserRole> roles,

            @Description("90 when left out: nobody surveyed within this many days is asked again")
            Integer throttleDays,

            @Description("0 to 365, 0 when left out: the survey is sent this many days after the rule fired")
            Integer delayDays) {}
}
