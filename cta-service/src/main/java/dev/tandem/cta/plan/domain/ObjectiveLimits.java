package dev.tandem.cta.plan.domain;

/** The bounds of what a plan holds, one place for the requests and the domain. */
public final class ObjectiveLimits {

    public static final int TITLE = 200;
    public static final int NAME = 200;
    public static final int OWNER = 100;
    public static final int OBJECTIVES = 20;
    public static final int TASKS = 50;
    /** How far ahead an objective may be due: success plans run for a contract term or two, not decades. */
    public static final int MAX_DUE_YEARS = 3;

    private ObjectiveLimits() {}
}
