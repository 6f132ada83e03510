package dev.tandem.gateway.plan;

import dev.tandem.events.cta.ObjectiveStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("An account's success plan: what the customer and the CSM agreed success means, as measurable objectives.")
public record SuccessPlan(
        @Id UUID id,
        UUID accountId,
        String name,

        @Description("The template it was made from, if any")
        UUID templateId,

        @Description(
                "ACHIEVED when every objective is, MISSED when none is open and one was missed, AT_RISK while one is"
                        + " at risk or missed, else ON_TRACK; null without objectives")
        ObjectiveStatus status,

        String createdBy,
        Instant createdAt,
        List<SuccessPlanObjective> objectives) {}
