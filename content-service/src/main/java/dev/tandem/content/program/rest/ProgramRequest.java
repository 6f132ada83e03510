package dev.tandem.content.program.rest;

import dev.tandem.content.milestone.domain.MilestoneCondition;
import dev.tandem.content.milestone.domain.MilestoneKind;
import dev.tandem.content.program.domain.EndPolicy;
import dev.tandem.content.program.service.ProgramDefinition;
import dev.tandem.events.account.TouchModel;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The body of {@code POST /api/v1/programs} and {@code PUT /api/v1/programs/{id}}.
 *
 * @param periodDays 90 when absent
 * @param plans plans it applies to; none for every plan
 * @param touchModels segments it applies to; none for every segment
 * @param endPolicy PROCEED when absent
 * @param extensionDays required with EXTEND
 * @param price only for premium programs, with its currency
 * @param version on replacement, the version last seen: a stale one is refused with 409
 */
public record ProgramRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2_000) String description,
        @Min(1) @Max(730) Integer periodDays,
        Boolean premium,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal price,

        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,

        @Size(max = 50)
        Set<@NotNull @Pattern(regexp = "[^,]{1,100}", message = "must be 1-100 characters, no comma") String> plans,

        @Size(max = 3) Set<@NotNull TouchModel> touchModels,
        EndPolicy endPolicy,
        @Min(1) @Max(365) Integer extensionDays,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull MilestoneRequest> milestones,
        @Min(1) Integer version) {

    static final int DEFAULT_PERIOD_DAYS = 90;

    ProgramDefinition toDefinition() {
        List<FieldError> errors = new ArrayList<>();
        boolean isPremium = Boolean.TRUE.equals(premium);
        EndPolicy policy = endPolicy == null ? EndPolicy.PROCEED : endPolicy;
        if (policy == EndPolicy.EXTEND && extensionDays == null) {
            errors.add(new FieldError("extensionDays", "is required when the end policy is EXTEND"));
        }
        if (policy == EndPolicy.PROCEED && extensionDays != null) {
            errors.add(new FieldError("extensionDays", "applies only to the EXTEND end policy"));
        }
        if (price != null && !isPremium) {
            errors.add(new FieldError("price", "applies only to premium programs"));
        }
        if (price != null && currency == null) {
            errors.add(new FieldError("currency", "is required with a price"));
        }
        List<ProgramDefinition.MilestoneDefinition> steps = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRequest milestone = milestones.get(i);
            String subject = milestone.subject() == null || milestone.subject().isBlank()
                    ? null
                    : milestone.subject().strip();
            int threshold = milestone.threshold() == null ? 1 : milestone.threshold();
            if (milestone.kind().needsSubject() && subject == null) {
                errors.add(new FieldError("milestones[" + i + "].subject", "is required for " + milestone.kind()));
                continue;
            }
            if (milestone.kind() == MilestoneKind.SEATS_ACTIVE && subject != null) {
                errors.add(new FieldError("milestones[" + i + "].subject", "does not apply to SEATS_ACTIVE"));
                continue;
            }
            steps.add(new ProgramDefinition.MilestoneDefinition(
                    milestone.name().strip(),
                    new MilestoneCondition(milestone.kind(), subject, threshold),
                    milestone.useCaseIds() == null ? List.of() : milestone.useCaseIds()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProgramDefinition(
                name.strip(),
                description,
                periodDays == null ? DEFAULT_PERIOD_DAYS : periodDays,
                isPremium,
                price,
                currency,
                plans == null ? Set.of() : plans,
                touchModels == null
                        ? Set.of()
                        : touchModels.stream().map(Enum::name).collect(Collectors.toSet()),
                policy,
                extensionDays,
                steps,
                version);
    }
}
