package dev.tandem.gateway.cta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;

/** A step of a playbook attached to a CTA. */
public record CtaTask(
        @Id UUID id,
        UUID playbookId,
        int position,
        String title,
        String ownerId,
        LocalDate dueDate,
        boolean done,
        Instant doneAt,
        String doneBy) {}
