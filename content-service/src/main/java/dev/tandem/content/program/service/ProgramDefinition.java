package dev.tandem.content.program.service;

import dev.tandem.content.milestone.domain.MilestoneCondition;
import dev.tandem.content.program.domain.EndPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An onboarding program as a cs-admin defines it, checked against the domain's rules.
 *
 * @param expectedVersion for a replacement, the version the writer last saw; null to skip the check
 */
public record ProgramDefinition(
        String name,
        String description,
        int periodDays,
        boolean premium,
        BigDecimal price,
        String currency,
        Set<String> plans,
        Set<String> touchModels,
        EndPolicy endPolicy,
        Integer extensionDays,
        List<MilestoneDefinition> milestones,
        Integer expectedVersion) {

    /** One milestone, in program order. */
    public record MilestoneDefinition(String name, MilestoneCondition condition, List<UUID> useCaseIds) {}
}
