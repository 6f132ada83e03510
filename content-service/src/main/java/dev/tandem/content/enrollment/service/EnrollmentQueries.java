package dev.tandem.content.enrollment.service;

import dev.tandem.content.enrollment.domain.Enrollment;
import dev.tandem.content.enrollment.domain.OnboardingEvent;
import dev.tandem.content.enrollment.repository.EnrollmentRepository;
import dev.tandem.content.enrollment.repository.OnboardingEventRepository;
import dev.tandem.content.program.domain.Milestone;
import dev.tandem.content.program.repository.MilestoneRepository;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads enrollments with their progress. */
@ApplicationScoped
public class EnrollmentQueries {

    private final EnrollmentRepository enrollments;
    private final MilestoneRepository milestones;
    private final OnboardingEventRepository events;

    public EnrollmentQueries(
            EnrollmentRepository enrollments, MilestoneRepository milestones, OnboardingEventRepository events) {
        this.enrollments = enrollments;
        this.milestones = milestones;
        this.events = events;
    }

    @WithSession
    public Uni<EnrollmentView> get(UUID id) {
        return enrollments
                .findById(id)
                .chain(enrollment -> enrollment == null
                        ? Uni.createFrom().failure(new NotFoundException("Enrollment", id))
                        : views(List.of(enrollment)).map(list -> list.get(0)));
    }

    /** The account's onboarding events at or before {@code before}, newest first, at most {@code limit}. */
    @WithSession
    public Uni<List<OnboardingEvent>> events(UUID accountId, Instant before, int limit) {
        return events.of(accountId, before, limit);
    }

    /** The account's enrollments, newest first. */
    @WithSession
    public Uni<List<EnrollmentView>> ofAccount(UUID accountId) {
        return enrollments.ofAccount(accountId).chain(this::views);
    }

    /** The enrollments of many accounts at once, each account's newest first: a page of accounts' onboarding. */
    @WithSession
    public Uni<List<EnrollmentView>> ofAccounts(Collection<UUID> accountIds) {
        return enrollments.ofAccounts(accountIds).chain(this::views);
    }

    @WithSession
    public Uni<List<EnrollmentView>> views(List<Enrollment> list) {
        List<UUID> programIds = list.stream().map(e -> e.programId).distinct().toList();
        return milestones
                .ofPrograms(programIds)
                .chain(all -> enrollments
                        .reached(list.stream().map(e -> e.id).toList())
                        .map(reached -> {
                            Map<UUID, List<Milestone>> byProgram =
                                    all.stream().collect(Collectors.groupingBy(m -> m.programId));
                            Map<UUID, Map<UUID, LocalDate>> byEnrollment = new HashMap<>();
                            reached.forEach(r -> byEnrollment
                                    .computeIfAbsent(r.enrollmentId(), key -> new HashMap<>())
                                    .put(r.milestoneId(), r.reachedOn()));
                            return list.stream()
                                    .map(e -> new EnrollmentView(
                                            e,
                                            byProgram.getOrDefault(e.programId, List.of()),
                                            byEnrollment.getOrDefault(e.id, Map.of())))
                                    .toList();
                        }));
    }
}
