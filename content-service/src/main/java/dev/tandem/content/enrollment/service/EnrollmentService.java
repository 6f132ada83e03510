package dev.tandem.content.enrollment.service;

import dev.tandem.content.account.repository.AccountProjection;
import dev.tandem.content.enrollment.domain.Enrollment;
import dev.tandem.content.enrollment.domain.EnrollmentOrigin;
import dev.tandem.content.enrollment.domain.EnrollmentStatus;
import dev.tandem.content.enrollment.repository.EnrollmentRepository;
import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.program.domain.OnboardingProgram;
import dev.tandem.content.program.domain.ProgramChooser;
import dev.tandem.content.program.repository.ProgramRepository;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.ContractStatus;
import dev.tandem.events.content.Enrolled;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotAllowedException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.AccountOwnership;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Enrolls accounts in onboarding programs: automatically when a paid contract starts, by hand for premium ones. */
@ApplicationScoped
public class EnrollmentService {

    private static final Logger LOG = Logger.getLogger(EnrollmentService.class);
    private static final Set<String> UNPAID_PLANS = Set.of("FREE", "TRIAL");

    private final EnrollmentRepository enrollments;
    private final ProgramRepository programs;
    private final AccountProjection accounts;
    private final ProgressTracker progress;
    private final Outbox outbox;
    private final Clock clock;

    public EnrollmentService(
            EnrollmentRepository enrollments,
            ProgramRepository programs,
            AccountProjection accounts,
            ProgressTracker progress,
            Outbox outbox,
            Clock clock) {
        this.enrollments = enrollments;
        this.programs = programs;
        this.accounts = accounts;
        this.progress = progress;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Enrolls the account of a contract that started, in the program chosen for its plan and segment; runs in the
     * consumer's transaction. A contract announced twice enrolls once.
     */
    public Uni<Void> contractStarted(ContractStarted contract) {
        if (contract.status() != ContractStatus.ACTIVE || !paid(contract)) {
            return Uni.createFrom().voidItem();
        }
        return enrollments
                .existsForContract(contract.contractId())
                .chain(known -> known
                        ? Uni.createFrom().voidItem()
                        : accounts.account(contract.accountId())
                                .chain(account ->
                                        chooseProgram(contract.plan(), account == null ? null : account.touchModel))
                                .chain(program -> program == null
                                        ? skip(contract, "no onboarding program applies to its plan and segment")
                                        : enrollOnce(contract, program)));
    }

    private Uni<OnboardingProgram> chooseProgram(String plan, String touchModel) {
        return programs.automatic()
                .map(candidates -> ProgramChooser.choose(
                                candidates.stream()
                                        .map(EnrollmentService::candidate)
                                        .toList(),
                                plan,
                                touchModel)
                        .flatMap(chosen -> candidates.stream()
                                .filter(program -> program.id.equals(chosen.id()))
                                .findFirst())
                        .orElse(null));
    }

    /**
     * A further paid contract (an add-on, a second team) does not onboard the account in the same program again. Nor
     * does a contract whose onboarding period was over before Tandem heard of it — a long-standing customer arriving
     * with an integration's first sync: enrolled, it could only fail at once and drag the program's success rate down.
     */
    private Uni<Void> enrollOnce(ContractStarted contract, OnboardingProgram program) {
        LocalDate start = contract.startDate() != null ? contract.startDate() : today();
        LocalDate lastDay = start.plusDays(program.periodDays);
        LocalDate heardOn =
                contract.occurredAt() == null ? today() : LocalDate.ofInstant(contract.occurredAt(), ZoneOffset.UTC);
        if (lastDay.isBefore(heardOn)) {
            return skip(
                    contract,
                    "its onboarding period in program " + program.id + " ended on " + lastDay
                            + ", before Tandem heard of the contract on " + heardOn);
        }
        return enrollments
                .everIn(contract.accountId(), program.id)
                .chain(before -> before
                        ? skip(contract, "it was enrolled in program " + program.id + " before")
                        : enroll(
                                        contract.accountId(),
                                        program,
                                        contract.contractId(),
                                        EnrollmentOrigin.AUTOMATIC,
                                        start)
                                .replaceWithVoid());
    }

    private static Uni<Void> skip(ContractStarted contract, String why) {
        LOG.infof("Contract %s does not enroll account %s: %s", contract.contractId(), contract.accountId(), why);
        return Uni.createFrom().voidItem();
    }

    /**
     * Enrolls an account in a premium program it bought, starting today: an account the caller works (object level,
     * as for CTAs and manual measures: a CSM enrolls the accounts they are CSM of, a cs-admin any).
     */
    @WithTransaction
    public Uni<Enrollment> enrollManually(UUID accountId, UUID programId, Caller caller) {
        return programs.findById(programId).chain(program -> {
            if (program == null) {
                return Uni.createFrom().failure(new NotFoundException("Onboarding program", programId));
            }
            if (!program.premium) {
                return Uni.createFrom()
                        .failure(new InvalidInputException(
                                "programId",
                                "is not a premium program; the others are enrolled when a paid contract starts"));
            }
            return accounts.account(accountId).chain(account -> {
                if (account == null) {
                    return Uni.createFrom().failure(new NotFoundException("Account", accountId));
                }
                if (!AccountOwnership.mayWork(caller, account.csmId)) {
                    return Uni.createFrom()
                            .failure(new NotAllowedException("Account " + accountId + " is not one you are CSM of;"
                                    + " its CSM or a cs-admin may enroll it."));
                }
                return enrollments
                        .openIn(accountId, programId)
                        .chain(open -> open
                                ? Uni.createFrom()
                                        .failure(new ConflictException("Account " + accountId
                                                + " is already enrolled in program " + programId))
                                : enroll(accountId, program, null, EnrollmentOrigin.MANUAL, today()));
            });
        });
    }

    private Uni<Enrollment> enroll(
            UUID accountId, OnboardingProgram program, UUID contractId, EnrollmentOrigin origin, LocalDate start) {
        Enrollment enrollment = new Enrollment();
        enrollment.id = UUID.randomUUID();
        enrollment.accountId = accountId;
        enrollment.programId = program.id;
        enrollment.contractId = contractId;
        enrollment.origin = origin;
        enrollment.status = EnrollmentStatus.IN_PROGRESS;
        enrollment.startedOn = start;
        enrollment.dueOn = start.plusDays(program.periodDays);
        enrollment.extended = false;
        enrollment.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return enrollments
                .persist(enrollment)
                .chain(() -> outbox.append(new Enrolled(
                        enrollment.id,
                        accountId,
                        program.id,
                        program.name,
                        enrollment.startedOn,
                        enrollment.dueOn,
                        program.premium)))
                // What the account did before (during a trial, say) counts from the first day.
                .chain(() -> progress.evaluate(enrollment))
                .replaceWith(enrollment);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static boolean paid(ContractStarted contract) {
        boolean freePlan =
                contract.plan() == null || UNPAID_PLANS.contains(contract.plan().toUpperCase(Locale.ROOT));
        return !freePlan && contract.arr() != null && contract.arr().compareTo(BigDecimal.ZERO) > 0;
    }

    private static ProgramChooser.Candidate candidate(OnboardingProgram program) {
        return new ProgramChooser.Candidate(
                program.id,
                program.premium,
                Set.copyOf(ContentTargets.split(program.plans)),
                Set.copyOf(ContentTargets.split(program.touchModels)),
                program.createdAt.toEpochMilli());
    }
}
