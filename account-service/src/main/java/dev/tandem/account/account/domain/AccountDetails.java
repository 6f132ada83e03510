package dev.tandem.account.account.domain;

import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import java.time.Instant;
import java.util.Objects;

/**
 * What an integrator states about an account in an upsert: the fields it owns.
 *
 * @param signedUpAt when the customer signed up, if before Tandem knew the account (an integration's first sync); it
 *     dates the account's creation, so sign-up cohorts and activation count from it. Read on creation only.
 */
public record AccountDetails(
        String name, String industry, String employeeBand, BillingModel billingModel, String plan, Instant signedUpAt) {

    public static final String FREE_PLAN = "FREE";
    public static final String TRIAL_PLAN = "TRIAL";

    /**
     * Where a new account starts its lifecycle. A paid plan alone does not make it a paying customer: it enters
     * onboarding when its first paid contract starts.
     */
    public LifecycleStage initialStage() {
        return TRIAL_PLAN.equals(plan) ? LifecycleStage.TRIAL : LifecycleStage.FREE;
    }

    /** Whether {@code account} already holds exactly these details, so an upsert would change nothing. */
    public boolean matches(Account account) {
        return Objects.equals(name, account.name)
                && Objects.equals(industry, account.industry)
                && Objects.equals(employeeBand, account.employeeBand)
                && billingModel == account.billingModel
                && Objects.equals(plan, account.plan);
    }

    public void applyTo(Account account) {
        account.name = name;
        account.industry = industry;
        account.employeeBand = employeeBand;
        account.billingModel = billingModel;
        account.plan = plan;
    }
}
