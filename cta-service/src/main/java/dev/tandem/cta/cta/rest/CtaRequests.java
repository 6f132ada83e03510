package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.domain.NewCtaRequest;
import dev.tandem.events.cta.CtaOutcome;
import dev.tandem.events.cta.CtaPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies the CTA endpoints accept. */
public final class CtaRequests {

    private CtaRequests() {}

    public record Create(
            @NotNull(message = "is required") UUID accountId,

            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
            String type,

            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String reason,

            CtaPriority priority,

            @Size(max = 100, message = "must be at most 100 characters")
            String ownerId,

            LocalDate dueDate,
            UUID playbookId) {

        NewCtaRequest toRequest() {
            return new NewCtaRequest(accountId, type, reason, priority, ownerId, dueDate, playbookId);
        }
    }

    public record Comment(
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters")
            String body) {}

    public record Snooze(
            @NotNull(message = "is required") LocalDate until,

            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            String reason) {}

    public record Close(
            @NotNull(message = "is required") CtaOutcome outcome,

            @Size(max = 500, message = "must be at most 500 characters")
            String reason) {}

    public record Reassign(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
            String ownerId) {}

    public record BulkReassign(
            @NotEmpty(message = "must name at least one CTA") @Size(max = 200, message = "must name at most 200 CTAs")
            List<@NotNull(message = "must not be null") UUID> ctaIds,

            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
            String ownerId) {}

    public record AttachPlaybook(
            @NotNull(message = "is required") UUID playbookId) {}
}
