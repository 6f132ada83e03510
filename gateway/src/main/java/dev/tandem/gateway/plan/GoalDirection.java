package dev.tandem.gateway.plan;

public enum GoalDirection {
    UP,
    DOWN
}
