package dev.tandem.gateway.plan;

import org.eclipse.microprofile.graphql.Description;

@Description("HEALTH: a metric health-service computes; ROI: a figure the customer reports.")
public enum GoalKind {
    HEALTH,
    ROI
}
