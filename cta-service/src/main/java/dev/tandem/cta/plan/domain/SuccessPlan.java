package dev.tandem.cta.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An account's success plan: what the customer and the CSM agreed success means, as objectives. */
@Entity
@Table(name = "success_plan")
public class SuccessPlan {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String name;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
