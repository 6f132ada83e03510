package dev.tandem.gateway.content;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("An account's onboarding: its program, period, status and the day each milestone was reached.")
public record Enrollment(
        @Id UUID id,
        @Description("Tandem's account id") UUID accountId,
        UUID programId,
        UUID contractId,

        @Description("AUTOMATIC (a paid contract started) or MANUAL (a premium program)")
        String origin,

        @Description("IN_PROGRESS, SUCCEEDED or FAILED") String status,
        LocalDate startedOn,
        LocalDate dueOn,
        boolean extended,
        @Description("The day it succeeded or failed") LocalDate endedOn,

        @Description("For a success, days from the start to the last milestone")
        Integer daysTaken,

        List<MilestoneProgress> milestones) {

    /** One milestone; reachedOn is null while unmet. */
    public record MilestoneProgress(UUID milestoneId, String name, LocalDate reachedOn) {}
}
