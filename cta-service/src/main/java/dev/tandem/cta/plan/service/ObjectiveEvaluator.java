package dev.tandem.cta.plan.service;

import dev.tandem.cta.plan.config.PlanConfig;
import dev.tandem.cta.plan.domain.ObjectiveStatuses;
import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.cta.plan.domain.Progress;
import dev.tandem.cta.plan.repository.PlanObjectiveRepository;
import dev.tandem.events.cta.ObjectiveStatus;
import dev.tandem.events.cta.SuccessPlanObjectiveStatusChanged;
import dev.tandem.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges objectives again (their progress from their current value, their status from it and the dates) inside the
 * caller's transaction, and announces each status change on cta.events through the outbox and to the listeners.
 * Judging again what did not change announces nothing, so it may run as often as values arrive or days pass.
 */
@ApplicationScoped
public class ObjectiveEvaluator {

    private final PlanObjectiveRepository objectives;
    private final Outbox outbox;
    private final Instance<ObjectiveStatusListener> listeners;
    private final PlanConfig config;

    public ObjectiveEvaluator(
            PlanObjectiveRepository objectives,
            Outbox outbox,
            Instance<ObjectiveStatusListener> listeners,
            PlanConfig config) {
        this.objectives = objectives;
        this.outbox = outbox;
        this.listeners = listeners;
        this.config = config;
    }

    /**
     * @param judgeAfresh whether the goals or dates were just set: an achieved objective is then judged again instead
     *     of staying achieved
     * @return how many changed status
     */
    public Uni<Integer> evaluate(List<PlanObjective> judged, boolean judgeAfresh, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<PlanObjective> changed = new ArrayList<>();
        List<ObjectiveStatus> before = new ArrayList<>();
        for (PlanObjective objective : judged) {
            objective.progress = Progress.of(objective.goal(), objective.currentValue);
            ObjectiveStatus status = ObjectiveStatuses.derive(
                    judgeAfresh ? null : objective.status,
                    objective.progress,
                    objective.startDate,
                    objective.dueDate,
                    today,
                    config.policy());
            if (status != objective.status) {
                before.add(objective.status);
                objective.status = status;
                objective.statusSince = now;
                changed.add(objective);
            }
        }
        if (changed.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        // New objectives are persisted here, once they have a status; all are flushed so that the listeners' queries
        // see the new statuses.
        Uni<Void> announced =
                objectives.persist(changed).chain(() -> Panache.getSession()).chain(session -> session.flush());
        for (int i = 0; i < changed.size(); i++) {
            PlanObjective objective = changed.get(i);
            ObjectiveStatus previous = before.get(i);
            announced = announced
                    .chain(() -> outbox.append(event(objective, previous, now)))
                    .chain(() -> objectives.anyBehind(objective.accountId))
                    .chain(behind -> tell(new ObjectiveChange(
                            objective.id,
                            objective.accountId,
                            objective.title,
                            previous,
                            objective.status,
                            objective.progress,
                            now,
                            behind)));
        }
        return announced.replaceWith(changed.size());
    }

    private Uni<Void> tell(ObjectiveChange change) {
        Uni<Void> told = Uni.createFrom().voidItem();
        for (ObjectiveStatusListener listener : listeners) {
            told = told.chain(() -> listener.statusChanged(change));
        }
        return told;
    }

    private static SuccessPlanObjectiveStatusChanged event(
            PlanObjective objective, ObjectiveStatus previous, Instant now) {
        return new SuccessPlanObjectiveStatusChanged(
                objective.id,
                objective.planId,
                objective.accountId,
                objective.title,
                objective.ownerId,
                objective.dueDate,
                previous,
                objective.status,
                objective.progress,
                objective.currentValue,
                now);
    }
}
