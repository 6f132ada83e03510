package dev.tandem.gateway.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * A whole onboarding program to create or to replace one with, as content-service takes it ({@code POST/PUT
 * /api/v1/programs}); content-service checks it (lengths, subjects, end policy) and its field errors come back as
 * VALIDATION naming the field, e.g. {@code milestones[1].subject}.
 */
@Input("ProgramInput")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramInput(
        String name,
        String description,
        @Description("90 when left out; 1-730") Integer periodDays,

        @Description("False when left out; only premium programs are enrolled in by hand")
        Boolean premium,

        @Description("Only for premium programs, with its currency")
        BigDecimal price,

        @Description("ISO 4217, e.g. EUR") String currency,

        @Description("The plans it applies to; every plan when left out")
        Set<String> plans,

        @Description("The touch models it applies to; every one when left out")
        Set<TouchModel> touchModels,

        @Description("PROCEED when left out") EndPolicy endPolicy,

        @Description("Required with EXTEND, refused with PROCEED")
        Integer extensionDays,

        @Description("In program order, 1-20") List<MilestoneInput> milestones,

        @Description("Required when replacing: the version the edit started from")
        Integer version) {

    /** One milestone of a program: what it asks of an account, and which use cases' content helps reach it. */
    @Input("MilestoneInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MilestoneInput(
            String name,
            MilestoneKind kind,

            @Description("The setup step (SETUP_STEP_DONE), key feature (FEATURE_USED) or ROI metric"
                    + " (ROI_REPORTED, optional) as the signals name them; none for SEATS_ACTIVE")
            String subject,

            @Description("Seats (SEATS_ACTIVE) or uses (FEATURE_USED) needed; 1 when left out")
            Integer threshold,

            List<UUID> useCaseIds) {}
}
