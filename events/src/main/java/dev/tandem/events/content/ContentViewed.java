package dev.tandem.events.content;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when onboarding content is viewed at an account; {@code userId} is null when the viewer is unknown. */
public record ContentViewed(UUID contentId, UUID accountId, UUID userId, Instant viewedAt, boolean completed)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.content.viewed.v1";

    public ContentViewed {
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
