package dev.tandem.cta.timeline.domain;

import dev.tandem.events.cta.TouchpointSentiment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact with a customer the CSM records: a call, a meeting, a QBR, an e-mail, a note. Its participants are kept
 * beside it ({@code touchpoint_participant}); {@link #version} counts its announced states.
 */
@Entity
@Table(name = "touchpoint")
public class Touchpoint {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Column(nullable = false)
    public String subject;

    /** Markdown. */
    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    public TouchpointSentiment sentiment;

    @Column(name = "cta_id")
    public UUID ctaId;

    @Column(name = "success_plan_id")
    public UUID successPlanId;

    /** The integrator's system that pushed it, with {@link #externalId} its id there; both null for one typed in. */
    public String source;

    @Column(name = "external_id")
    public String externalId;

    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean deleted() {
        return deletedAt != null;
    }

    /** The content as stored, with {@code participants} and {@code colleagues} read beside it. */
    public TouchpointContent content(List<UUID> participants, List<String> colleagues) {
        return new TouchpointContent(
                type, occurredAt, authorId, subject, body, participants, colleagues, sentiment, ctaId, successPlanId);
    }

    /** Takes {@code content} as the touchpoint's own (participants are stored apart). */
    public void apply(TouchpointContent content) {
        type = content.type();
        occurredAt = content.occurredAt();
        authorId = content.authorId();
        subject = content.subject();
        body = content.body();
        sentiment = content.sentiment();
        ctaId = content.ctaId();
        successPlanId = content.successPlanId();
    }
}
