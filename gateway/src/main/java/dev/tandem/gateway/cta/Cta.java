package dev.tandem.gateway.cta;

import dev.tandem.events.cta.CtaPriority;
import dev.tandem.events.cta.CtaSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A call to action: a task for a CSM about an account, opened by a rule or by hand.")
public record Cta(
        @Id UUID id,
        @Description("Tandem's account id") UUID accountId,

        @Description("RISK, OPPORTUNITY, EXPANSION, ONBOARDING, RENEWAL, LIFECYCLE or a custom type")
        String type,

        String reason,
        CtaPriority priority,
        CtaStatus status,
        String ownerId,

        @Description("The queue the CTA waits in while nobody owns it")
        String queue,

        LocalDate dueDate,
        CtaSource source,
        UUID ruleId,
        @Description("How often triggers added to this CTA") int triggerCount,
        LocalDate snoozedUntil,
        String snoozeReason,

        @Description("Why it was closed; for RESOLVED, why the platform closed it")
        String closeReason,

        @Description("Who took it (\"I'm on it\"); a taken CTA does not resolve by itself")
        String takenBy,

        Instant takenAt,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt) {}
