package dev.tandem.cta.plan.domain;

/** Which way a goal's metric should move from its baseline: up (more logins) or down (fewer tickets). */
public enum Direction {
    UP,
    DOWN
}
