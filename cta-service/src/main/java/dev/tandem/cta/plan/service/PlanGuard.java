package dev.tandem.cta.plan.service;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.cta.plan.domain.SuccessPlan;
import dev.tandem.cta.plan.repository.PlanObjectiveRepository;
import dev.tandem.cta.plan.repository.SuccessPlanRepository;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotAllowedException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.AccountOwnership;
import dev.tandem.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Loads what a caller wants to read or change of a success plan: 404 when it does not exist, 403 when a CSM would
 * change a plan of an account they are not CSM of (as for CTAs).
 */
@ApplicationScoped
public class PlanGuard {

    private final SuccessPlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final AccountFactsReader accounts;

    public PlanGuard(SuccessPlanRepository plans, PlanObjectiveRepository objectives, AccountFactsReader accounts) {
        this.plans = plans;
        this.objectives = objectives;
        this.accounts = accounts;
    }

    public Uni<SuccessPlan> require(UUID planId) {
        return plans.findById(planId).map(plan -> {
            if (plan == null) {
                throw new NotFoundException("Success plan", planId);
            }
            return plan;
        });
    }

    public Uni<SuccessPlan> changeable(UUID planId, Caller caller) {
        return require(planId).call(plan -> accounts.of(plan.accountId).invoke(account -> mayWork(caller, account)));
    }

    /** The objective of a plan the caller may change; 404 when the plan has no such objective. */
    public Uni<PlanObjective> changeableObjective(UUID planId, UUID objectiveId, Caller caller) {
        return changeable(planId, caller)
                .chain(plan -> objectives.forChange(objectiveId).map(objective -> {
                    if (objective == null || !objective.planId.equals(planId)) {
                        throw new NotFoundException("Objective", objectiveId);
                    }
                    return objective;
                }));
    }

    /** The account a plan is to be made for: 400 when cta-service does not know it, 403 when not the caller's. */
    public Uni<AccountFacts> accountToPlan(UUID accountId, Caller caller) {
        return accounts.of(accountId).invoke(account -> {
            if (account.name() == null) {
                throw new InvalidInputException("accountId", "is not an account cta-service knows");
            }
            mayWork(caller, account);
        });
    }

    private static void mayWork(Caller caller, AccountFacts account) {
        if (!AccountOwnership.mayWork(caller, account.csmId())) {
            throw new NotAllowedException(
                    "This success plan is of an account you are not CSM of; its CSM or a" + " cs-admin may change it.");
        }
    }
}
