package dev.tandem.content.program.service;

import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.program.domain.Milestone;
import dev.tandem.content.program.domain.OnboardingProgram;
import dev.tandem.content.program.repository.MilestoneRepository;
import dev.tandem.content.program.repository.ProgramRepository;
import dev.tandem.content.usecase.repository.UseCaseRepository;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Onboarding programs and their milestones: cs-admins define them, everyone else reads them. */
@ApplicationScoped
public class ProgramService {

    /** A program with its milestones in program order. */
    public record ProgramView(OnboardingProgram program, List<Milestone> milestones) {}

    private final ProgramRepository programs;
    private final MilestoneRepository milestones;
    private final ProgramEnrollments enrollments;
    private final UseCaseRepository useCases;
    private final Clock clock;

    public ProgramService(
            ProgramRepository programs,
            MilestoneRepository milestones,
            ProgramEnrollments enrollments,
            UseCaseRepository useCases,
            Clock clock) {
        this.programs = programs;
        this.milestones = milestones;
        this.enrollments = enrollments;
        this.useCases = useCases;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ProgramView> create(ProgramDefinition definition) {
        UUID id = UUID.randomUUID();
        return checkName(definition.name(), id)
                .chain(() -> checkUseCases(definition))
                .chain(() -> {
                    OnboardingProgram program = new OnboardingProgram();
                    program.id = id;
                    program.version = 1;
                    program.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    write(definition, program);
                    return programs.persist(program).chain(() -> insertMilestones(program.id, definition));
                });
    }

    /**
     * Replaces a program. Once accounts are enrolled its definition of success is fixed (their progress refers to it):
     * milestones may then be renamed or pointed at other use cases, but not added, removed or given new conditions.
     */
    @WithTransaction
    public Uni<ProgramView> replace(UUID id, ProgramDefinition definition) {
        return programs.findById(id).chain(program -> {
            if (program == null) {
                return Uni.createFrom().failure(new NotFoundException("Onboarding program", id));
            }
            if (definition.expectedVersion() != null && definition.expectedVersion() != program.version) {
                return Uni.createFrom()
                        .failure(new ConflictException("Program " + id + " is at version " + program.version + ", not "
                                + definition.expectedVersion() + "; reload it and apply the change again"));
            }
            return checkName(definition.name(), id)
                    .chain(() -> checkUseCases(definition))
                    .chain(() -> milestones.ofProgram(id))
                    .chain(current -> enrollments.anyInProgram(id).chain(enrolled -> {
                        write(definition, program);
                        program.version++;
                        if (!enrolled) {
                            return milestones.deleteOfProgram(id).chain(() -> insertMilestones(id, definition));
                        }
                        if (!sameConditions(current, definition)) {
                            return Uni.createFrom()
                                    .failure(new ConflictException("Accounts are enrolled in program " + id
                                            + ", so its milestones' conditions cannot change; define a new program"));
                        }
                        for (int i = 0; i < current.size(); i++) {
                            current.get(i).name = definition.milestones().get(i).name();
                            current.get(i).useCaseIds = ContentTargets.join(
                                    definition.milestones().get(i).useCaseIds());
                        }
                        return Uni.createFrom().item(new ProgramView(program, current));
                    }));
        });
    }

    @WithSession
    public Uni<ProgramView> get(UUID id) {
        return programs.findById(id)
                .chain(program -> program == null
                        ? Uni.createFrom().failure(new NotFoundException("Onboarding program", id))
                        : milestones.ofProgram(id).map(list -> new ProgramView(program, list)));
    }

    @WithSession
    public Uni<List<ProgramView>> all() {
        return programs.all()
                .chain(list -> milestones
                        .ofPrograms(list.stream().map(program -> program.id).toList())
                        .map(all -> {
                            Map<UUID, List<Milestone>> byProgram =
                                    all.stream().collect(Collectors.groupingBy(milestone -> milestone.programId));
                            return list.stream()
                                    .map(program ->
                                            new ProgramView(program, byProgram.getOrDefault(program.id, List.of())))
                                    .toList();
                        }));
    }

    private Uni<Void> checkName(String name, UUID self) {
        return programs.nameTaken(name, self)
                .chain(taken -> taken
                        ? Uni.createFrom().failure(new ConflictException("A program named '" + name + "' exists"))
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> checkUseCases(ProgramDefinition definition) {
        Set<UUID> wanted = definition.milestones().stream()
                .flatMap(milestone -> milestone.useCaseIds().stream())
                .collect(Collectors.toCollection(HashSet::new));
        if (wanted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return useCases.count("id IN ?1", wanted)
                .chain(found -> found == wanted.size()
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom()
                                .failure(new InvalidInputException(
                                        "milestones", "a milestone names a use case that does not exist")));
    }

    private Uni<ProgramView> insertMilestones(UUID programId, ProgramDefinition definition) {
        List<Milestone> created = new ArrayList<>();
        for (int i = 0; i < definition.milestones().size(); i++) {
            ProgramDefinition.MilestoneDefinition source =
                    definition.milestones().get(i);
            Milestone milestone = new Milestone();
            milestone.id = UUID.randomUUID();
            milestone.programId = programId;
            milestone.position = i;
            milestone.name = source.name();
            milestone.kind = source.condition().kind();
            milestone.subject = source.condition().subject();
            milestone.threshold = source.condition().threshold();
            milestone.useCaseIds = ContentTargets.join(source.useCaseIds());
            created.add(milestone);
        }
        // Flushed now so that the old rows' positions are free before the new ones arrive.
        return milestones
                .persist(created)
                .chain(() -> milestones.flush())
                .chain(() -> programs.findById(programId))
                .map(program -> new ProgramView(program, created));
    }

    private static boolean sameConditions(List<Milestone> current, ProgramDefinition definition) {
        if (current.size() != definition.milestones().size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            if (!current.get(i)
                    .condition()
                    .equals(definition.milestones().get(i).condition())) {
                return false;
            }
        }
        return true;
    }

    private static void write(ProgramDefinition definition, OnboardingProgram program) {
        program.name = definition.name();
        program.description = definition.description();
        program.periodDays = definition.periodDays();
        program.premium = definition.premium();
        program.price = definition.price();
        program.currency = definition.currency();
        program.plans = ContentTargets.join(definition.plans().stream().sorted().toList());
        program.touchModels =
                ContentTargets.join(definition.touchModels().stream().sorted().toList());
        program.endPolicy = definition.endPolicy();
        program.extensionDays = definition.extensionDays();
    }
}
