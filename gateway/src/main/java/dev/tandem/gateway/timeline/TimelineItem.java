package dev.tandem.gateway.timeline;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** One thing that happened at an account, as the account timeline lists it. */
@Interface
@Description("One thing that happened at an account: a touchpoint, a CTA opened or closed, a band change, an onboarding"
        + " step or a contract change. Ask for the fields of each kind with `... on TouchpointItem { … }`.")
public interface TimelineItem {

    @NonNull
    Instant getOccurredAt();

    @NonNull
    TimelineKind getKind();

    @NonNull
    @Description("One line saying what happened")
    String getSummary();
}
