package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when a playbook's tasks are added to a CTA, by a rule or by hand; {@code tasks} is how many. */
public record PlaybookAttached(UUID ctaId, UUID accountId, UUID playbookId, int tasks, Instant attachedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.playbook-attached.v1";

    public PlaybookAttached {
        Objects.requireNonNull(ctaId, "ctaId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(playbookId, "playbookId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
