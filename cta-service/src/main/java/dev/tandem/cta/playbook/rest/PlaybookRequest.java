package dev.tandem.cta.playbook.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new playbook: its name and its steps, in order. */
public record PlaybookRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @NotEmpty(message = "needs at least one step") @Size(max = 50, message = "must have at most 50 steps")
        List<@Valid @NotNull(message = "must not be null") Step> steps) {

    /** @param dueOffsetDays days after the CTA was opened */
    public record Step(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
            String title,

            @Min(value = 0, message = "must not be negative") @Max(value = 730, message = "must be at most 730")
            int dueOffsetDays) {}
}
