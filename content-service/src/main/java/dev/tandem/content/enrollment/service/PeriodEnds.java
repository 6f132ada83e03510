package dev.tandem.content.enrollment.service;

import dev.tandem.content.enrollment.domain.Enrollment;
import dev.tandem.content.enrollment.domain.EnrollmentStatus;
import dev.tandem.content.enrollment.repository.EnrollmentRepository;
import dev.tandem.content.program.domain.PeriodEnd;
import dev.tandem.content.program.repository.MilestoneRepository;
import dev.tandem.content.program.repository.ProgramRepository;
import dev.tandem.events.content.OnboardingExtended;
import dev.tandem.events.content.OnboardingFailed;
import dev.tandem.platform.jobs.Drain;
import dev.tandem.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Closes onboarding periods that ended without success, as the program's end policy says: PROCEED fails them, EXTEND
 * extends each once. Restart-safe and safe on several replicas: it keeps no state of its own but the enrollments, each
 * handled in its own transaction under a row lock and re-checked once locked, so a missed run is caught up by the
 * next one and no period is closed twice.
 */
@ApplicationScoped
public class PeriodEnds {

    private static final int BATCH = 100;
    /** Bounds one run; an enrollment extended into the past comes round again within the same run. */
    private static final int MAX_ROUNDS = 20;

    private final EnrollmentRepository enrollments;
    private final ProgramRepository programs;
    private final MilestoneRepository milestones;
    private final ProgressTracker progress;
    private final Outbox outbox;
    private final Clock clock;

    public PeriodEnds(
            EnrollmentRepository enrollments,
            ProgramRepository programs,
            MilestoneRepository milestones,
            ProgressTracker progress,
            Outbox outbox,
            Clock clock) {
        this.enrollments = enrollments;
        this.programs = programs;
        this.milestones = milestones;
        this.progress = progress;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(
            identity = "onboarding-period-ends",
            every = "${tandem.content.onboarding.period-check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return closeDuePeriods(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                .replaceWithVoid();
    }

    /**
     * Closes every open period whose last day is before {@code today}.
     *
     * @return how many enrollments were extended or failed
     */
    public Uni<Integer> closeDuePeriods(LocalDate today) {
        AtomicInteger rounds = new AtomicInteger();
        return Drain.steps(() -> round(today, rounds.incrementAndGet()), Round::moreMayWait)
                .collect()
                .with(Collectors.summingInt(Round::closed));
    }

    /** One batch of overdue enrollments: how many were found and how many of them this run closed. */
    private record Round(int number, int found, int closed) {

        /** A full batch, or one with an enrollment left open, may leave more behind, up to the bound of a run. */
        boolean moreMayWait() {
            return found > 0 && (found == BATCH || closed < found) && number < MAX_ROUNDS;
        }
    }

    private Uni<Round> round(LocalDate today, int number) {
        return Panache.withSession(() -> enrollments.overdue(today, BATCH)).chain(ids -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (UUID id : ids) {
                chain = chain.chain(count -> close(id, today).map(closed -> closed ? count + 1 : count));
            }
            return chain.map(closed -> new Round(number, ids.size(), closed));
        });
    }

    private Uni<Boolean> close(UUID id, LocalDate today) {
        return Panache.withTransaction(() -> enrollments.lock(id).chain(enrollment -> {
            if (enrollment == null
                    || enrollment.status != EnrollmentStatus.IN_PROGRESS
                    || !enrollment.dueOn.isBefore(today)) {
                return Uni.createFrom().item(false);
            }
            return programs.findById(enrollment.programId)
                    .chain(program -> {
                        PeriodEnd decision = PeriodEnd.decide(program, enrollment.extended, enrollment.dueOn);
                        return decision instanceof PeriodEnd.Extend extend
                                ? extend(enrollment, extend)
                                : fail(enrollment, (PeriodEnd.Fail) decision);
                    })
                    .replaceWith(true);
        }));
    }

    private Uni<Void> extend(Enrollment enrollment, PeriodEnd.Extend extend) {
        enrollment.dueOn = extend.newDueOn();
        enrollment.extended = true;
        return outbox.append(new OnboardingExtended(
                        enrollment.id, enrollment.accountId, enrollment.programId, extend.newDueOn(), extend.days()))
                // What happened after the first due date counts now.
                .chain(() -> progress.evaluate(enrollment));
    }

    private Uni<Void> fail(Enrollment enrollment, PeriodEnd.Fail fail) {
        enrollment.status = EnrollmentStatus.FAILED;
        enrollment.endedOn = fail.failedOn();
        return milestones
                .ofProgram(enrollment.programId)
                .chain(program -> enrollments
                        .reached(enrollment.id)
                        .chain(reached -> outbox.append(new OnboardingFailed(
                                enrollment.id,
                                enrollment.accountId,
                                enrollment.programId,
                                fail.failedOn(),
                                (int) program.stream()
                                        .filter(m -> reached.containsKey(m.id))
                                        .count(),
                                program.size()))))
                .replaceWithVoid();
    }
}
