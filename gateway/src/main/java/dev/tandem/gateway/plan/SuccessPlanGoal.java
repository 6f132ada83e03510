package dev.tandem.gateway.plan;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;

@Description("A metric moved from a baseline to a target in a direction.")
public record SuccessPlanGoal(
        GoalKind kind,

        @Description(
                "A health metric's key (logins, seat_utilisation, ...) or the name an ROI figure is reported under")
        String metric,

        BigDecimal baseline,
        BigDecimal target,
        GoalDirection direction) {}
