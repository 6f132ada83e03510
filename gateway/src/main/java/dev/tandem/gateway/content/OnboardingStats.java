package dev.tandem.gateway.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.json.JsonDocuments;
import dev.tandem.gateway.json.MapsAsLists;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** An onboarding program's outcomes, overall and by cohort, its milestone funnel and where enrollments stall. */
@Name("OnboardingStats")
@Description("A program's outcomes overall and by cohort (success rate, median days to success), its milestone"
        + " funnel and where enrollments that have not succeeded stall")
public record OnboardingStats(
        UUID programId,
        Outcomes overall,
        List<CohortOutcomes> byCohort,
        List<FunnelStep> funnel,

        @Description("The milestone most unfinished enrollments are stuck before")
        FunnelStep stalledAt,

        @Description("How many enrollments stand there") long stalledThere) {

    /** Enrollments by outcome. */
    @Name("OnboardingOutcomes")
    public record Outcomes(
            long enrolled,
            long inProgress,
            long succeeded,
            long failed,
            Double medianDaysToSuccess,

            @Description("Succeeded over ended (succeeded + failed), 0-1; null while none ended")
            Double successRate) {}

    /** The outcomes of the enrollments that started in one month. */
    @Name("OnboardingCohortOutcomes")
    public record CohortOutcomes(
            @Description("YYYY-MM, the month the enrollments started")
            String cohort,

            long enrolled,
            long inProgress,
            long succeeded,
            long failed,
            Double medianDaysToSuccess,
            Double successRate) {}

    /** How many enrollments reached a milestone. */
    @Name("OnboardingFunnelStep")
    public record FunnelStep(UUID milestoneId, String name, int position, long reached) {}

    static OnboardingStats of(JsonNode answer) {
        return JsonDocuments.read(MapsAsLists.flattened(answer, "byCohort", "cohort"), OnboardingStats.class);
    }
}
