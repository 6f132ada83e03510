package dev.tandem.cta.cta.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task of a CTA, made from a playbook step: an owner, a due date, done or not. */
@Entity
@Table(name = "cta_task")
public class CtaTask {

    @Id
    public UUID id;

    @Column(name = "cta_id", nullable = false)
    public UUID ctaId;

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
