package dev.tandem.account.retention.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What period figures can be broken down by: the account's attributes as they are now (an account that moved from low
 * to high touch counts as high touch for the whole period).
 */
public enum Breakdown {
    TOUCH_MODEL("touchModel"),
    /** Touch model and community membership, e.g. {@code LOW} or {@code LOW+COMMUNITY}. */
    SEGMENT("segment"),
    PLAN("plan"),
    /** The month of the account's first paid contract, {@code YYYY-MM}. */
    COHORT("cohort"),
    CSM("csm");

    private final String parameter;

    Breakdown(String parameter) {
        this.parameter = parameter;
    }

    /** How the API names it. */
    public String parameter() {
        return parameter;
    }

    public static Optional<Breakdown> byParameter(String value) {
        return Arrays.stream(values()).filter(b -> b.parameter.equals(value)).findFirst();
    }
}
