package dev.tandem.cta.plan.domain;

import dev.tandem.events.cta.ObjectiveStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An objective of a success plan: an owner, a due date, a goal, and where it stands. */
@Entity
@Table(name = "plan_objective")
public class PlanObjective {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "goal_kind", nullable = false)
    public GoalKind goalKind;

    @Column(nullable = false)
    public String metric;

    @Column(nullable = false)
    public BigDecimal baseline;

    @Column(nullable = false)
    public BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Column(name = "current_value")
    public BigDecimal currentValue;

    @Column(name = "measured_at")
    public Instant measuredAt;

    public BigDecimal progress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectiveStatus status;

    @Column(name = "status_since", nullable = false)
    public Instant statusSince;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Goal goal() {
        return new Goal(goalKind, metric, baseline, target, direction);
    }

    public void setGoal(Goal goal) {
        goalKind = goal.kind();
        metric = goal.metric();
        baseline = goal.baseline();
        target = goal.target();
        direction = goal.direction();
    }
}
