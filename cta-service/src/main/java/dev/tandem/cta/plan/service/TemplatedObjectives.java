package dev.tandem.cta.plan.service;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.plan.domain.Goal;
import dev.tandem.cta.plan.domain.NewObjective;
import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.cta.plan.domain.TemplateObjective;
import dev.tandem.cta.plan.repository.MetricReadings;
import dev.tandem.cta.plan.repository.MetricReadings.Reading;
import dev.tandem.cta.plan.service.PlanService.CreatePlan;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A template's objectives made an account's: each baseline the value given for its metric, else the account's latest
 * value of it; each target the template's improvement over that baseline; each due date the template's days from today.
 */
@ApplicationScoped
class TemplatedObjectives {

    static final String DEFAULT_NAME = "Success plan";

    /** What a template adds to a plan; {@code playbooks} holds each objective's playbook, null for none. */
    record FromTemplate(String name, List<NewObjective> objectives, List<UUID> playbooks) {}

    private final PlanTemplates templates;
    private final MetricReadings readings;
    private final PlanTasks tasks;

    TemplatedObjectives(PlanTemplates templates, MetricReadings readings, PlanTasks tasks) {
        this.templates = templates;
        this.readings = readings;
        this.tasks = tasks;
    }

    Uni<FromTemplate> of(CreatePlan command, AccountFacts account, LocalDate today) {
        if (command.templateId() == null) {
            return Uni.createFrom().item(new FromTemplate(DEFAULT_NAME, List.of(), List.of()));
        }
        return templates.toPlanFrom(command.templateId()).chain(template -> {
            List<TemplateObjective> objectives = template.objectives();
            List<String> metrics =
                    objectives.stream().map(TemplateObjective::metric).toList();
            return latest(account.accountId(), objectives).map(latest -> {
                List<FieldError> problems = new ArrayList<>();
                List<NewObjective> made = new ArrayList<>();
                for (int i = 0; i < objectives.size(); i++) {
                    TemplateObjective objective = objectives.get(i);
                    BigDecimal baseline = baseline(command.baselines(), latest.get(i), objective.metric());
                    String field = "baselines." + metrics.get(i);
                    if (baseline == null) {
                        problems.add(new FieldError(
                                field, "is required: no value of this metric is known for the account yet"));
                    } else if (baseline.signum() == 0) {
                        problems.add(new FieldError(
                                field, "is 0: a target a percentage better than 0 is 0 again; give a baseline"));
                    } else {
                        Goal goal = objective.goalFrom(baseline);
                        goal.problems(field + ".").forEach(problems::add);
                        made.add(new NewObjective(
                                objective.title(), command.ownerId(), today.plusDays(objective.dueInDays()), goal));
                    }
                }
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                return new FromTemplate(
                        template.template().name,
                        made,
                        objectives.stream().map(TemplateObjective::playbookId).toList());
            });
        });
    }

    Uni<Void> attachPlaybooks(List<PlanObjective> written, List<UUID> playbooks) {
        Uni<Void> attached = Uni.createFrom().voidItem();
        for (int i = 0; i < playbooks.size(); i++) {
            PlanObjective objective = written.get(i);
            UUID playbookId = playbooks.get(i);
            if (playbookId != null) {
                attached =
                        attached.chain(() -> tasks.attach(objective, playbookId).replaceWithVoid());
            }
        }
        return attached;
    }

    private Uni<List<Reading>> latest(UUID accountId, List<TemplateObjective> objectives) {
        Uni<List<Reading>> found = Uni.createFrom().item(new ArrayList<>());
        for (TemplateObjective objective : objectives) {
            found = found.chain(list -> readings.latest(accountId, objective.kind(), objective.metric())
                    .map(reading -> {
                        list.add(reading);
                        return list;
                    }));
        }
        return found;
    }

    private static BigDecimal baseline(Map<String, BigDecimal> given, Reading latest, String metric) {
        if (given != null && given.containsKey(metric)) {
            return given.get(metric);
        }
        return latest == null ? null : latest.value();
    }
}
