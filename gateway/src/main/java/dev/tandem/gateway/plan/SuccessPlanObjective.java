package dev.tandem.gateway.plan;

import dev.tandem.events.cta.ObjectiveStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("An objective of a success plan: an owner, a due date, a measurable goal and where it stands.")
public record SuccessPlanObjective(
        @Id UUID id,
        int position,
        String title,
        @Description("A Keycloak user id") String ownerId,
        LocalDate startDate,
        LocalDate dueDate,
        SuccessPlanGoal goal,

        @Description("The metric's latest value; null while none is known")
        BigDecimal currentValue,

        Instant measuredAt,

        @Description("The share of the way from baseline to target covered, 0 to 1; null without a value")
        BigDecimal progress,

        @Description("The improvement over the baseline in percent (ROI as the method defines it)")
        BigDecimal improvementPercent,

        ObjectiveStatus status,
        Instant statusSince,
        List<SuccessPlanTask> tasks) {}
