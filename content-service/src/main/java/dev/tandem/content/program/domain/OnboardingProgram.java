package dev.tandem.content.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * An onboarding program: a period, a definition of success (its {@link Milestone}s), whom it applies to and what
 * happens when the period ends without success. Premium programs are sold (the paid onboarding menu) and enrolled by
 * hand; the others are chosen automatically when a paid contract starts.
 */
@Entity
@Table(name = "onboarding_program")
public class OnboardingProgram {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "period_days", nullable = false)
    public int periodDays;

    @Column(nullable = false)
    public boolean premium;

    public BigDecimal price;

    public String currency;

    /** Plans it applies to, comma-separated; empty for every plan. */
    @Column(nullable = false)
    @ColumnTransformer(read = "array_to_string(plans, ',')", write = "string_to_array(?, ',')")
    public String plans;

    /** Touch models (segments) it applies to, comma-separated; empty for every segment. */
    @Column(name = "touch_models", nullable = false)
    @ColumnTransformer(read = "array_to_string(touch_models, ',')", write = "string_to_array(?, ',')")
    public String touchModels;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_policy", nullable = false)
    public EndPolicy endPolicy;

    /** For EXTEND: by how many days the one extension moves the due date. */
    @Column(name = "extension_days")
    public Integer extensionDays;

    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
