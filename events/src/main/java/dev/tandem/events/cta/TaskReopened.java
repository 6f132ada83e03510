package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when a completed playbook task is marked not done again; {@code reopenedBy} is a Keycloak user id. */
public record TaskReopened(UUID taskId, UUID ctaId, UUID accountId, String reopenedBy, Instant reopenedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.task-reopened.v1";

    public TaskReopened {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(ctaId, "ctaId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
