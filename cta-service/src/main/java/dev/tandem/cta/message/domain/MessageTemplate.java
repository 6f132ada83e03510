package dev.tandem.cta.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tech-touch message with placeholders such as {@code {{account.name}}}, filled when it is sent. */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** Where the vendor's messaging system should deliver it: {@code email}, {@code in_app}, ... */
    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
