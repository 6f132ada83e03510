package dev.tandem.account.retention.domain;

import java.math.BigDecimal;

/**
 * How ARR moved over a period, account by account: each account's ARR at the start (in force the day before the period)
 * is compared with its ARR at the end (in force on the period's last day).
 *
 * <ul>
 *   <li>new: none at the start, some at the end;
 *   <li>churned: some at the start, none at the end (the whole starting ARR is lost);
 *   <li>expanded / contracted: some at both ends, more / less at the end.
 * </ul>
 *
 * An account that comes and goes inside the period moves nothing; one that expands and then churns inside it is churned
 * with its starting ARR. So start + new + expansion − contraction − churn = end, exactly, for any period.
 */
public record Movements(
        long startingLogos,
        BigDecimal startingArr,
        long newLogos,
        BigDecimal newArr,
        long expandedLogos,
        BigDecimal expansionArr,
        long contractedLogos,
        BigDecimal contractionArr,
        long churnedLogos,
        BigDecimal churnedArr,
        long endingLogos,
        BigDecimal endingArr) {

    public static final Movements NONE = new Movements(
            0,
            BigDecimal.ZERO,
            0,
            BigDecimal.ZERO,
            0,
            BigDecimal.ZERO,
            0,
            BigDecimal.ZERO,
            0,
            BigDecimal.ZERO,
            0,
            BigDecimal.ZERO);

    /** These movements and one more account's, which had {@code start} ARR at the start and {@code end} at the end. */
    public Movements plus(BigDecimal start, BigDecimal end) {
        boolean atStart = start.signum() > 0;
        boolean atEnd = end.signum() > 0;
        BigDecimal step = end.subtract(start);
        boolean expanded = atStart && atEnd && step.signum() > 0;
        boolean contracted = atStart && atEnd && step.signum() < 0;
        return new Movements(
                startingLogos + (atStart ? 1 : 0),
                startingArr.add(start),
                newLogos + (!atStart && atEnd ? 1 : 0),
                !atStart ? newArr.add(end) : newArr,
                expandedLogos + (expanded ? 1 : 0),
                expanded ? expansionArr.add(step) : expansionArr,
                contractedLogos + (contracted ? 1 : 0),
                contracted ? contractionArr.subtract(step) : contractionArr,
                churnedLogos + (atStart && !atEnd ? 1 : 0),
                atStart && !atEnd ? churnedArr.add(start) : churnedArr,
                endingLogos + (atEnd ? 1 : 0),
                endingArr.add(end));
    }

    /** start + new + expansion − contraction − churn: what the ending ARR must be. */
    public BigDecimal bridgedEndingArr() {
        return startingArr
                .add(newArr)
                .add(expansionArr)
                .subtract(contractionArr)
                .subtract(churnedArr);
    }

    public boolean bridgeAddsUp() {
        return bridgedEndingArr().compareTo(endingArr) == 0;
    }
}
