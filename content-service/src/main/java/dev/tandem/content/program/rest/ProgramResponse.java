package dev.tandem.content.program.rest;

import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.milestone.domain.MilestoneKind;
import dev.tandem.content.program.domain.EndPolicy;
import dev.tandem.content.program.service.ProgramService;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An onboarding program with its definition of success. */
public record ProgramResponse(
        UUID id,
        String name,
        String description,
        int periodDays,
        boolean premium,
        BigDecimal price,
        String currency,
        List<String> plans,
        List<String> touchModels,
        EndPolicy endPolicy,
        Integer extensionDays,
        int version,
        List<MilestoneResponse> milestones) {

    /** One milestone, in program order. */
    public record MilestoneResponse(
            UUID id,
            int position,
            String name,
            MilestoneKind kind,
            String subject,
            int threshold,
            List<UUID> useCaseIds) {}

    static ProgramResponse of(ProgramService.ProgramView view) {
        var program = view.program();
        return new ProgramResponse(
                program.id,
                program.name,
                program.description,
                program.periodDays,
                program.premium,
                program.price,
                program.currency,
                ContentTargets.split(program.plans),
                ContentTargets.split(program.touchModels),
                program.endPolicy,
                program.extensionDays,
                program.version,
                view.milestones().stream()
                        .map(m -> new MilestoneResponse(
                                m.id,
                                m.position,
                                m.name,
                                m.kind,
                                m.subject,
                                m.threshold,
                                ContentTargets.split(m.useCaseIds).stream()
                                        .map(UUID::fromString)
                                        .toList()))
                        .toList());
    }
}
