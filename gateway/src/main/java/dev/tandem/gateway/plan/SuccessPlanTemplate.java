package dev.tandem.gateway.plan;

import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;

/** A cs-admin's template of a segment's success plan, as cta-service answers it. */
@Description("The objectives a segment's success plans start from: on a metric, an improvement over the account's"
        + " baseline in percent, due some days after the plan is made")
public record SuccessPlanTemplate(
        UUID id, String name, TouchModel touchModel, List<Objective> objectives, Instant createdAt) {

    @Description("An objective of a template")
    public record Objective(
            String title,
            GoalKind kind,
            String metric,
            GoalDirection direction,
            BigDecimal improvementPercent,
            int dueInDays,
            UUID playbookId) {}
}
