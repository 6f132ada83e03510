package dev.tandem.content.stats.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the enrollments of one program (or of one cohort of it) turned out.
 *
 * @param medianDaysToSuccess over the successes; null while there are none
 */
public record OutcomeFigures(long enrolled, long inProgress, long succeeded, long failed, Double medianDaysToSuccess) {

    /**
     * Successes within the period (extension included) among the enrollments whose outcome is known; null while none
     * has ended. Enrollments still in progress are left out, so that a young cohort does not look like a failing one.
     */
    @JsonProperty
    public Double successRate() {
        long ended = succeeded + failed;
        return ended == 0 ? null : (double) succeeded / ended;
    }
}
