package dev.tandem.gateway.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A task under an objective, written by hand or made from a playbook step.")
public record SuccessPlanTask(
        @Id UUID id,
        UUID playbookId,
        String title,
        String ownerId,
        LocalDate dueDate,
        boolean done,
        Instant doneAt,
        String doneBy) {}
