package dev.tandem.gateway.retention;

import org.eclipse.microprofile.graphql.Description;

@Description("What retention figures can be broken down by: the account's attributes as they are now")
public enum RetentionBreakdownBy {
    TOUCH_MODEL("touchModel"),
    @Description("Touch model and community membership, e.g. LOW+COMMUNITY")
    SEGMENT("segment"),
    PLAN("plan"),
    @Description("Month of the first paid contract")
    COHORT("cohort"),
    CSM("csm");

    private final String parameter;

    RetentionBreakdownBy(String parameter) {
        this.parameter = parameter;
    }

    /** How account-service names it. */
    String parameter() {
        return parameter;
    }
}
