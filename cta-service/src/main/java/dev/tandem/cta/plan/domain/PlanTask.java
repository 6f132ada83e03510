package dev.tandem.cta.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task under an objective, written by hand or made from a playbook step. */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    @Id
    public UUID id;

    @Column(name = "objective_id", nullable = false)
    public UUID objectiveId;

    @Column(name = "playbook_id")
    public UUID playbookId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false)
    public boolean done;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_by")
    public String doneBy;
}
