package dev.tandem.content.program.rest;

import dev.tandem.content.milestone.domain.MilestoneKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * One milestone of a program definition.
 *
 * @param subject the setup step (SETUP_STEP_DONE), key feature (FEATURE_USED) or ROI metric (ROI_REPORTED, optional:
 *     any metric when absent), as the signals name them
 * @param threshold seats (SEATS_ACTIVE) or uses (FEATURE_USED) needed; 1 when absent
 * @param useCaseIds use cases whose content helps reach it, for recommendations
 */
public record MilestoneRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull MilestoneKind kind,
        @Size(max = 200) String subject,
        @Min(1) @Max(1_000_000) Integer threshold,
        @Size(max = 20) List<@NotNull UUID> useCaseIds) {}
