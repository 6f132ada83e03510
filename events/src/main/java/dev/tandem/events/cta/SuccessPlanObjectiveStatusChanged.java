package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when an objective of an account's success plan changes status, including its first status when added.
 *
 * <p>{@code progress} is the share of the way from baseline to target covered, 0 to 1, null while no value of its
 * metric is known; {@code currentValue} the metric's latest value (null likewise). {@code previousStatus} is null when
 * the objective was just added. {@code ownerId} is a Keycloak user id.
 */
public record SuccessPlanObjectiveStatusChanged(
        UUID objectiveId,
        UUID planId,
        UUID accountId,
        String title,
        String ownerId,
        LocalDate dueDate,
        ObjectiveStatus previousStatus,
        ObjectiveStatus status,
        BigDecimal progress,
        BigDecimal currentValue,
        Instant changedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.success-plan-objective-status-changed.v1";

    public SuccessPlanObjectiveStatusChanged {
        Objects.requireNonNull(objectiveId, "objectiveId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
