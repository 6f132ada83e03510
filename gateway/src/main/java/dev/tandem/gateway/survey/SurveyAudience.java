package dev.tandem.gateway.survey;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who a campaign asks: the end users with an e-mail address of the accounts in a segment. Each list"
        + " narrows it; an empty list does not. A cohort bound leaves out accounts whose cohort is not known.")
public record SurveyAudience(
        @NonNull List<@NonNull TouchModel> touchModels,
        @NonNull List<@NonNull LifecycleStage> stages,
        @NonNull List<@NonNull String> plans,

        @NonNull @Description("The end users' roles at their accounts")
        List<@NonNull UserRole> roles,

        @NonNull @Description("Accounts named outright (Tandem ids)")
        List<@NonNull UUID> accountIds,

        @Description("The earliest cohort asked (the month the customer life began, YYYY-MM), inclusive; null: no"
                + " lower bound")
        String cohortFrom,

        @Description("The latest cohort asked (YYYY-MM), inclusive; null: no upper bound")
        String cohortTo) {}
