package dev.tandem.content.enrollment.service;

import dev.tandem.content.enrollment.domain.Enrollment;
import dev.tandem.content.program.domain.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An enrollment with its program's milestones and the day each was reached (absent while unmet). */
public record EnrollmentView(Enrollment enrollment, List<Milestone> milestones, Map<UUID, LocalDate> reached) {}
