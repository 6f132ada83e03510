package dev.tandem.cta.timeline.rest;

import dev.tandem.cta.timeline.domain.TouchpointDraft;
import dev.tandem.events.cta.TouchpointSentiment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A touchpoint as POST and PUT take it. */
public record TouchpointRequest(
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
        String type,

        @NotNull(message = "is required") Instant occurredAt,

        @NotBlank(message = "is required") @Size(max = MAX_SUBJECT, message = "must be at most 200 characters")
        String subject,

        @Size(max = MAX_BODY, message = "must be at most 20000 characters")
        String body,

        @Size(max = MAX_PARTICIPANTS, message = "must name at most 50 end users")
        List<@NotNull(message = "must not be null") UUID> participants,

        @Size(max = MAX_COLLEAGUES, message = "must name at most 20 colleagues")
        List<
                        @NotBlank(message = "must not be blank")
                        @Size(max = 100, message = "must be at most 100 characters") String>
                colleagues,

        TouchpointSentiment sentiment,
        UUID ctaId,
        UUID successPlanId,

        @Size(max = 100, message = "must be at most 100 characters")
        String authorId) {

    static final int MAX_SUBJECT = 200;
    /** Markdown of a long meeting's notes; the body limit of the service (256 KB) is far above it. */
    static final int MAX_BODY = 20_000;

    static final int MAX_PARTICIPANTS = 50;
    static final int MAX_COLLEAGUES = 20;

    TouchpointDraft toDraft() {
        return new TouchpointDraft(
                type, occurredAt, subject, body, participants, colleagues, sentiment, ctaId, successPlanId, authorId);
    }
}
