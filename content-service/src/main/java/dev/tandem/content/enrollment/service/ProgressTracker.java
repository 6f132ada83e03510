package dev.tandem.content.enrollment.service;

import dev.tandem.content.account.repository.AccountProjection;
import dev.tandem.content.enrollment.domain.Enrollment;
import dev.tandem.content.enrollment.domain.EnrollmentStatus;
import dev.tandem.content.enrollment.repository.EnrollmentRepository;
import dev.tandem.content.milestone.domain.MilestoneEvaluation;
import dev.tandem.content.milestone.domain.UsageFact;
import dev.tandem.content.milestone.repository.UsageFactTally;
import dev.tandem.content.program.domain.Milestone;
import dev.tandem.content.program.repository.MilestoneRepository;
import dev.tandem.events.content.MilestoneReached;
import dev.tandem.events.content.OnboardingSucceeded;
import dev.tandem.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves open enrollments forward from the account's usage facts: records each milestone reached and, when all are, the
 * success, each announced on content.events. Runs inside the caller's transaction; re-running it changes nothing, so
 * duplicate and late signals are harmless.
 */
@ApplicationScoped
public class ProgressTracker {

    private final EnrollmentRepository enrollments;
    private final MilestoneRepository milestones;
    private final AccountProjection accounts;
    private final UsageFactTally facts;
    private final Outbox outbox;

    public ProgressTracker(
            EnrollmentRepository enrollments,
            MilestoneRepository milestones,
            AccountProjection accounts,
            UsageFactTally facts,
            Outbox outbox) {
        this.enrollments = enrollments;
        this.milestones = milestones;
        this.accounts = accounts;
        this.facts = facts;
        this.outbox = outbox;
    }

    /** Re-evaluates the open enrollments of the accounts (by external id) that new facts arrived for. */
    public Uni<Void> factsArrived(Collection<String> accountExternalIds) {
        return enrollments.lockOpenOfExternalAccounts(accountExternalIds).chain(open -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Enrollment enrollment : open) {
                chain = chain.chain(() -> evaluate(enrollment));
            }
            return chain;
        });
    }

    /** Evaluates one open enrollment, which must be managed by the current session. */
    public Uni<Void> evaluate(Enrollment enrollment) {
        if (enrollment.status != EnrollmentStatus.IN_PROGRESS) {
            return Uni.createFrom().voidItem();
        }
        return milestones
                .ofProgram(enrollment.programId)
                .chain(program -> accounts.account(enrollment.accountId)
                        .chain(account -> account == null
                                ? Uni.createFrom().item(List.<UsageFact>of())
                                : facts.of(account.externalId))
                        .chain(known -> enrollments
                                .reached(enrollment.id)
                                .chain(reached -> advance(enrollment, program, known, reached))));
    }

    private Uni<Void> advance(
            Enrollment enrollment, List<Milestone> program, List<UsageFact> known, Map<UUID, LocalDate> reached) {
        List<MilestoneEvaluation.Step> steps = steps(program);
        List<MilestoneEvaluation.Reached> newly =
                MilestoneEvaluation.newlyReached(steps, reached, known, enrollment.startedOn, enrollment.dueOn);
        Map<UUID, LocalDate> all = new HashMap<>(reached);
        Map<UUID, Milestone> byId = new HashMap<>();
        program.forEach(milestone -> byId.put(milestone.id, milestone));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (MilestoneEvaluation.Reached step : newly) {
            all.put(step.milestoneId(), step.on());
            Milestone milestone = byId.get(step.milestoneId());
            chain = chain.chain(() -> enrollments.recordReached(enrollment.id, step.milestoneId(), step.on()))
                    .chain(() -> outbox.append(new MilestoneReached(
                            enrollment.id,
                            enrollment.accountId,
                            enrollment.programId,
                            milestone.id,
                            milestone.name,
                            // Facts are kept by day, so the day is what is known of when it was reached.
                            step.on().atStartOfDay(ZoneOffset.UTC).toInstant())))
                    .replaceWithVoid();
        }
        return chain.chain(() -> MilestoneEvaluation.succeededOn(steps, all)
                .map(day -> succeed(enrollment, day))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    private Uni<Void> succeed(Enrollment enrollment, LocalDate on) {
        enrollment.status = EnrollmentStatus.SUCCEEDED;
        enrollment.endedOn = on;
        return outbox.append(new OnboardingSucceeded(
                        enrollment.id, enrollment.accountId, enrollment.programId, on, enrollment.daysTaken()))
                .replaceWithVoid();
    }

    static List<MilestoneEvaluation.Step> steps(List<Milestone> program) {
        return program.stream()
                .map(milestone -> new MilestoneEvaluation.Step(milestone.id, milestone.condition()))
                .toList();
    }
}
