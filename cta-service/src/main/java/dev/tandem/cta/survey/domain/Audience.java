package dev.tandem.cta.survey.domain;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Who a campaign asks: the end users with an e-mail address of the accounts in a segment. Each list narrows it; an
 * empty list does not (all touch models, all stages, ...). {@code accountIds} names accounts outright, as a rule does
 * for the account that fired it.
 *
 * @param cohortFrom the earliest cohort (month the customer life began) asked, inclusive; null: no lower bound
 * @param cohortTo the latest cohort asked, inclusive; null: no upper bound. Either bound leaves out accounts whose
 *     cohort is not known
 */
public record Audience(
        List<TouchModel> touchModels,
        List<LifecycleStage> stages,
        List<String> plans,
        List<UserRole> roles,
        List<UUID> accountIds,
        YearMonth cohortFrom,
        YearMonth cohortTo) {

    public Audience {
        touchModels = touchModels == null ? List.of() : List.copyOf(touchModels);
        stages = stages == null ? List.of() : List.copyOf(stages);
        plans = plans == null ? List.of() : List.copyOf(plans);
        roles = roles == null ? List.of() : List.copyOf(roles);
        accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
    }

    /** Everyone, or the accounts named, before any cohort narrows it. */
    public Audience(
            List<TouchModel> touchModels,
            List<LifecycleStage> stages,
            List<String> plans,
            List<UserRole> roles,
            List<UUID> accountIds) {
        this(touchModels, stages, plans, roles, accountIds, null, null);
    }
}
