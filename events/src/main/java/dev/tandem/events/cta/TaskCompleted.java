package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when a playbook task of a CTA is completed; {@code completedBy} is a Keycloak user id. */
public record TaskCompleted(UUID taskId, UUID ctaId, UUID accountId, String completedBy, Instant completedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.task-completed.v1";

    public TaskCompleted {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(ctaId, "ctaId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
