package dev.tandem.account.segment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A plan's logo churn over the year LTV bands were measured with. */
@Entity
@Table(name = "touch_model_plan_churn")
public class PlanChurn {

    @Id
    @Column(name = "plan")
    public String plan;

    @Column(name = "starting", nullable = false)
    public long starting;

    @Column(name = "churned", nullable = false)
    public long churned;

    public static PlanChurn of(String plan, ChurnEvidence churn) {
        PlanChurn row = new PlanChurn();
        row.plan = plan;
        row.starting = churn.starting();
        row.churned = churn.churned();
        return row;
    }
}
