package dev.tandem.cta.plan.domain;

import dev.tandem.events.account.TouchModel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A success plan template for one segment; its objectives are a JSON list of {@link TemplateObjective}. */
@Entity
@Table(name = "plan_template")
public class PlanTemplate {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "touch_model", nullable = false)
    public TouchModel touchModel;

    @Column(nullable = false)
    public String objectives;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
