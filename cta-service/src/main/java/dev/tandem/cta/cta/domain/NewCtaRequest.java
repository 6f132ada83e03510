package dev.tandem.cta.cta.domain;

import dev.tandem.events.cta.CtaPriority;
import java.time.LocalDate;
import java.util.UUID;

/** A CTA a person or an API client opens by hand. */
public record NewCtaRequest(
        UUID accountId,
        String type,
        String reason,
        CtaPriority priority,
        String ownerId,
        LocalDate dueDate,
        UUID playbookId) {}
