package dev.tandem.cta.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One outbound call — a tech-touch message, a rule's webhook, a notification, an in-app survey invitation — with its
 * attempts so far.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    public enum Kind {
        MESSAGE,
        WEBHOOK,
        /** To a person of the CS team, by e-mail or chat. */
        NOTIFICATION,
        /** A survey invitation posted to the vendor's product, which shows it in-app. */
        SURVEY_INVITATION;

        /**
         * Whether its outcome is told on cta.events (message-sent, message-failed): what a rule sends a customer.
         * Notifications go to the CS team, and survey invitations have their own record, as e-mailed ones do.
         */
        public boolean announced() {
            return this == MESSAGE || this == WEBHOOK;
        }
    }

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "dedup_key", nullable = false)
    public String dedupKey;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "rule_id")
    public UUID ruleId;

    @Column(name = "template_id")
    public UUID templateId;

    public String channel;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
