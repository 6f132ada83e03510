package dev.tandem.gateway.cta;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** How often a rule may fire again for the same account. */
@Description("How often a rule may fire again for an account: EVERY_TIME, AT_MOST times, or AT_MOST_PER_WINDOW times"
        + " in windowDays")
public record Reentry(Mode mode, Integer times, Integer windowDays) {

    @Name("ReentryMode")
    public enum Mode {
        EVERY_TIME,
        AT_MOST,
        AT_MOST_PER_WINDOW
    }
}
