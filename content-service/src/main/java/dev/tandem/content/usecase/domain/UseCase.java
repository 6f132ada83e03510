package dev.tandem.content.usecase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A typical way customers use the product, and how much explaining it costs the CS team. */
@Entity
@Table(name = "use_case")
public class UseCase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "questions_per_month", nullable = false)
    public int questionsPerMonth;

    @Column(name = "minutes_per_customer", nullable = false)
    public int minutesPerCustomer;

    /** Kept in step with the two figures above by {@link ContentPriority}; stored so lists can sort and page on it. */
    @Column(nullable = false)
    public long priority;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
