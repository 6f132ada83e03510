package dev.tandem.cta.plan.service;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.plan.domain.NewObjective;
import dev.tandem.cta.plan.domain.ObjectiveLimits;
import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.cta.plan.domain.SuccessPlan;
import dev.tandem.cta.plan.repository.MetricReadings;
import dev.tandem.cta.plan.repository.PlanObjectiveRepository;
import dev.tandem.cta.plan.repository.SuccessPlanRepository;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Success plans as CSMs make them: a plan for an account, blank, with objectives, or from a template; objectives added
 * and their goals and dates changed. Every objective written is judged at once, its status announced.
 */
@ApplicationScoped
public class PlanService {

    /**
     * A plan to make.
     *
     * @param ownerId the owner of the template's objectives; null for the account's CSM
     * @param baselines baselines for the template's metrics, by metric, where the account's latest value is not wanted
     *     or not known
     */
    public record CreatePlan(
            UUID accountId,
            String name,
            UUID templateId,
            String ownerId,
            Map<String, BigDecimal> baselines,
            List<NewObjective> objectives) {}

    private final SuccessPlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final MetricReadings readings;
    private final PlanGuard guard;
    private final PlanReader reader;
    private final TemplatedObjectives templated;
    private final ObjectiveEvaluator evaluator;
    private final Clock clock;

    public PlanService(
            SuccessPlanRepository plans,
            PlanObjectiveRepository objectives,
            MetricReadings readings,
            PlanGuard guard,
            PlanReader reader,
            TemplatedObjectives templated,
            ObjectiveEvaluator evaluator,
            Clock clock) {
        this.plans = plans;
        this.objectives = objectives;
        this.readings = readings;
        this.guard = guard;
        this.reader = reader;
        this.templated = templated;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PlanView> create(CreatePlan command, Caller caller) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < command.objectives().size(); i++) {
            problems.addAll(command.objectives().get(i).problems("objectives[" + i + "].", today));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return guard.accountToPlan(command.accountId(), caller)
                .call(account -> plans.ofAccount(account.accountId()).invoke(existing -> {
                    if (existing != null) {
                        throw new ConflictException("Account " + account.accountId() + " has a success plan: "
                                + existing.id + "; add objectives to it");
                    }
                }))
                .chain(account -> templated.of(command, account, today).chain(fromTemplate -> {
                    SuccessPlan plan = new SuccessPlan();
                    plan.id = UUID.randomUUID();
                    plan.accountId = account.accountId();
                    plan.name = command.name() != null ? command.name().strip() : fromTemplate.name();
                    plan.templateId = command.templateId();
                    plan.createdBy = caller.subject();
                    plan.createdAt = now;
                    List<NewObjective> all = new ArrayList<>(fromTemplate.objectives());
                    all.addAll(command.objectives());
                    if (all.size() > ObjectiveLimits.OBJECTIVES) {
                        throw new InvalidInputException(
                                "objectives", "a plan holds at most " + ObjectiveLimits.OBJECTIVES + " objectives");
                    }
                    return plans.persist(plan)
                            .chain(() -> write(plan, account, all, 1, caller, now))
                            .chain(written -> templated.attachPlaybooks(written, fromTemplate.playbooks()))
                            .chain(() -> reader.view(plan));
                }));
    }

    @WithTransaction
    public Uni<PlanView> addObjective(UUID planId, NewObjective request, Caller caller) {
        Instant now = clock.instant();
        problems(request, now);
        return guard.changeable(planId, caller)
                .chain(plan -> objectives.nextPosition(planId).chain(next -> {
                    if (next > ObjectiveLimits.OBJECTIVES) {
                        throw new InvalidInputException(
                                "objectives", "a plan holds at most " + ObjectiveLimits.OBJECTIVES + " objectives");
                    }
                    return guard.accountToPlan(plan.accountId, caller)
                            .chain(account -> write(plan, account, List.of(request), next, caller, now))
                            .chain(() -> reader.view(plan));
                }));
    }

    /** Rewrites an objective's title, owner, due date and goal: the inputs its progress and status come from. */
    @WithTransaction
    public Uni<PlanView> updateObjective(UUID planId, UUID objectiveId, NewObjective request, Caller caller) {
        Instant now = clock.instant();
        problems(request, now);
        return guard.changeableObjective(planId, objectiveId, caller)
                .chain(objective -> guard.accountToPlan(objective.accountId, caller)
                        .chain(account -> {
                            boolean metricChanged = objective.goalKind
                                            != request.goal().kind()
                                    || !objective.metric.equals(request.goal().metric());
                            objective.title = request.title().strip();
                            objective.ownerId = ownerOf(request, account, caller);
                            objective.dueDate = request.dueDate();
                            objective.setGoal(request.goal());
                            Uni<Void> measured = metricChanged
                                    ? currentValue(objective)
                                    : Uni.createFrom().voidItem();
                            return measured.chain(() -> evaluator.evaluate(List.of(objective), true, now));
                        })
                        .chain(() -> guard.require(planId))
                        .chain(reader::view));
    }

    private Uni<List<PlanObjective>> write(
            SuccessPlan plan, AccountFacts account, List<NewObjective> requests, int from, Caller caller, Instant now) {
        List<PlanObjective> written = new ArrayList<>();
        Uni<Void> measured = Uni.createFrom().voidItem();
        for (int i = 0; i < requests.size(); i++) {
            NewObjective request = requests.get(i);
            PlanObjective objective = new PlanObjective();
            objective.id = UUID.randomUUID();
            objective.planId = plan.id;
            objective.accountId = plan.accountId;
            objective.position = from + i;
            objective.title = request.title().strip();
            objective.ownerId = ownerOf(request, account, caller);
            objective.startDate = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
            objective.dueDate = request.dueDate();
            objective.setGoal(request.goal());
            objective.createdAt = now;
            written.add(objective);
            measured = measured.chain(() -> currentValue(objective));
        }
        return measured.chain(() -> evaluator.evaluate(written, true, now)).replaceWith(written);
    }

    /** The metric's latest value for the account, if any has arrived. */
    private Uni<Void> currentValue(PlanObjective objective) {
        return readings.latest(objective.accountId, objective.goalKind, objective.metric)
                .invoke(reading -> {
                    objective.currentValue = reading == null ? null : reading.value();
                    objective.measuredAt = reading == null ? null : reading.measuredAt();
                })
                .replaceWithVoid();
    }

    private static String ownerOf(NewObjective request, AccountFacts account, Caller caller) {
        if (request.ownerId() != null) {
            return request.ownerId().strip();
        }
        return account.csmId() != null ? account.csmId() : caller.subject();
    }

    private static void problems(NewObjective request, Instant now) {
        List<FieldError> problems = request.problems("", LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
