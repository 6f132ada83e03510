package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.domain.CtaTask;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A CTA's task as the API shows it. */
public record TaskResponse(
        UUID id,
        UUID playbookId,
        int position,
        String title,
        String ownerId,
        LocalDate dueDate,
        boolean done,
        Instant doneAt,
        String doneBy) {

    public static TaskResponse of(CtaTask task) {
        return new TaskResponse(
                task.id,
                task.playbookId,
                task.position,
                task.title,
                task.ownerId,
                task.dueDate,
                task.done,
                task.doneAt,
                task.doneBy);
    }
}
