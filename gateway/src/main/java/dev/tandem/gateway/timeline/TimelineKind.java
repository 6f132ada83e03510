package dev.tandem.gateway.timeline;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;

/** What kind of thing happened, and which service tells of it. */
@Description("The kinds of the account timeline's items")
public enum TimelineKind {
    TOUCHPOINT,
    CTA_OPENED,
    CTA_CLOSED,
    BAND_CHANGED,
    ONBOARDING_ENROLLED,
    MILESTONE_REACHED,
    ONBOARDING_SUCCEEDED,
    ONBOARDING_FAILED,
    CONTRACT_STARTED,
    CONTRACT_CHANGED,
    CONTRACT_RENEWED,
    CONTRACT_ENDED;

    static final Set<TimelineKind> CTAS = EnumSet.of(CTA_OPENED, CTA_CLOSED);
    static final Set<TimelineKind> ONBOARDING =
            EnumSet.of(ONBOARDING_ENROLLED, MILESTONE_REACHED, ONBOARDING_SUCCEEDED, ONBOARDING_FAILED);
    static final Set<TimelineKind> CONTRACTS =
            EnumSet.of(CONTRACT_STARTED, CONTRACT_CHANGED, CONTRACT_RENEWED, CONTRACT_ENDED);
}
