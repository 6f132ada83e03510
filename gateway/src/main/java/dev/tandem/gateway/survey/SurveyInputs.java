package dev.tandem.gateway.survey;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The inputs of the survey mutations. They are cta-service's REST bodies field for field, so they pass on as they are;
 * cta-service judges them (lengths, at most 10 questions, a scale's bounds, a choice's options, null entries) and
 * names the bad field. Optional lists keep their entries nullable: SmallRye makes a list of non-null entries itself
 * required.
 */
public final class SurveyInputs {

    private SurveyInputs() {}

    @Input("SurveyInput")
    @Description("A survey: NPS and CSAT ask their standard questions, CUSTOM the questions given (1 to 10). Saving a"
            + " name that exists makes its next version.")
    public record Definition(
            @NonNull @Description("At most 100 characters") String name,
            @NonNull SurveyKind kind,

            @NonNull @Description("The invitation e-mail's subject, at most 150 characters")
            String subject,

            @NonNull @Description("The words above the questions, at most 2,000 characters")
            String intro,

            @Description("CUSTOM only: 1 to 10 questions") List<Question> questions) {}

    @Input("SurveyQuestionInput")
    @Description("A question of a custom survey.")
    public record Question(
            @NonNull @Description("How the answer names it: 1-40 letters, digits or _, a small letter first")
            String key,

            @NonNull SurveyQuestionKind kind,
            @NonNull @Description("At most 300 characters") String text,

            @Description("SCALE: the lowest value, 0 or more")
            Integer min,

            @Description("SCALE: the highest value, above min, 100 at most")
            Integer max,

            @Description("CHOICE: 2 to 20 distinct options of at most 100 characters")
            List<String> choices,

            @Description("Whether it must be answered; true when left out")
            Boolean required) {}

    @Input("SurveyCampaignInput")
    @Description("A campaign: a survey version sent to an audience's end users, by e-mail or in-app through a signed"
            + " webhook, now or at sendAt.")
    public record Campaign(
            @NonNull UUID surveyId,
            @NonNull @Description("At most 100 characters") String name,

            @Description("Everyone with an e-mail address when left out")
            Audience audience,

            @Description("Now when left out") Instant sendAt,

            @Description("0 to 365, 90 when left out: nobody surveyed within this many days is asked again")
            Integer throttleDays,

            @Description("1 to 90, 14 when left out: how long the response links stay valid")
            Integer expiresDays,

            @Description("EMAIL when left out") SurveyChannel channel,

            @Description("WEBHOOK only, and required for it: an http(s) URL of at most 2,000 characters each invitation"
                    + " is posted to, signed")
            String webhookUrl) {}

    @Input("SurveyAudienceInput")
    @Description("Who is asked: each list narrows the audience, an empty or missing one does not.")
    public record Audience(
            @Description("At most 10") List<TouchModel> touchModels,
            @Description("At most 10") List<LifecycleStage> stages,
            @Description("At most 50") List<String> plans,

            @Description("The end users' roles, e.g. DECISION_MAKER; at most 10")
            List<UserRole> roles,

            @Description("Tandem account ids, at most 1,000")
            List<UUID> accountIds,

            @Description("The earliest cohort (the month the customer life began) asked, as YYYY-MM, inclusive")
            String cohortFrom,

            @Description("The latest cohort asked, as YYYY-MM, inclusive; not before cohortFrom")
            String cohortTo) {}
}
