package dev.tandem.account.segment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * How long accounts are expected to stay, from a year's logo churn measured when LTV bands were set: an account's
 * expected LTV is its ARR × gross margin ÷ the annual logo churn rate of its plan, as the retention definitions compute
 * LTV. A plan's own rate is used once at least {@link #PLAN_SAMPLE} logos started the year with it and one churned;
 * below that, or for an account without a plan, the whole book's rate is the better estimate.
 *
 * @param measuredOn the last day of the 365 days the churn was measured over
 * @param book the whole book's churn, at least one logo churned (otherwise no LTV can be expected at all)
 * @param byPlan each plan's churn over the same year
 */
public record Lifetimes(
        LocalDate measuredOn, BigDecimal grossMargin, ChurnEvidence book, Map<String, ChurnEvidence> byPlan) {

    /** Fewer starting logos than this make a plan's own churn rate too noisy to band by. */
    public static final int PLAN_SAMPLE = 30;

    public Lifetimes {
        Objects.requireNonNull(measuredOn, "measuredOn");
        Objects.requireNonNull(grossMargin, "grossMargin");
        byPlan = Map.copyOf(byPlan);
        if (book.churned() == 0) {
            throw new IllegalArgumentException("No logo churned: no lifetime can be expected");
        }
    }

    /** The churn an account of {@code plan} is expected to follow: its plan's, or the book's. */
    public ChurnEvidence churnFor(String plan) {
        ChurnEvidence own = plan == null ? null : byPlan.get(plan);
        return own != null && own.starting() >= PLAN_SAMPLE && own.churned() > 0 ? own : book;
    }

    /** ARR × gross margin ÷ (churned ÷ starting), to the cent; the unrounded rate, as {@code Ltv} takes it. */
    public BigDecimal expectedLtv(BigDecimal arr, String plan) {
        ChurnEvidence churn = churnFor(plan);
        return arr.multiply(grossMargin)
                .multiply(BigDecimal.valueOf(churn.starting()))
                .divide(BigDecimal.valueOf(churn.churned()), 2, RoundingMode.HALF_UP);
    }
}
