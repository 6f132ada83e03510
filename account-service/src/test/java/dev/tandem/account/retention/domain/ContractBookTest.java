package dev.tandem.account.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.account.contract.domain.TermOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of account-service/docs/retention.md: a book of six subscription accounts and one one-off
 * account over the first quarter of 2026, every figure computed by hand.
 */
public class ContractBookTest {

    static final Period Q1 = new Period(day("2026-01-01"), day("2026-03-31"));

    /** The terms of the docs' worked example. */
    public static final List<BookTerm> TERMS = List.of(
            // Steady: 12,000 all along.
            running("steady", 12_000, "2025-06-01", "2026-06-01"),
            // Renews 10,000 → 15,000 on 1 February, then cancels on 15 March.
            ended("expands-then-churns", 10_000, "2025-02-01", "2026-02-01", "2026-02-01", TermOutcome.EXPANDED),
            ended("expands-then-churns", 15_000, "2026-02-01", "2027-02-01", "2026-03-15", TermOutcome.CHURNED),
            // A new logo in the middle of the quarter.
            running("new-logo", 6_000, "2026-02-10", "2027-02-10"),
            // Renews 8,000 → 5,000 on 15 January.
            ended("contracts", 8_000, "2025-01-15", "2026-01-15", "2026-01-15", TermOutcome.CONTRACTED),
            running("contracts", 5_000, "2026-01-15", "2027-01-15"),
            // Does not renew on 1 March.
            ended("churns-at-renewal", 4_000, "2025-03-01", "2026-03-01", "2026-03-01", TermOutcome.CHURNED),
            // Upsell mid-term on 20 January: 2,000 → 3,000, the term cut there (amended, not due for renewal).
            new BookTerm(
                    "upsell",
                    arr(2_000),
                    day("2025-09-01"),
                    day("2026-09-01"),
                    day("2026-01-20"),
                    TermOutcome.EXPANDED,
                    true),
            running("upsell", 3_000, "2026-01-20", "2026-09-01"),
            // Churned before the quarter: not in it at all.
            ended("gone-before", 7_000, "2024-10-01", "2025-10-01", "2025-10-01", TermOutcome.CHURNED)
            // The one-off account ("shop") buys instead of subscribing: it has no term, so it is in no churn figure.
            );

    static final ContractBook BOOK = new ContractBook(TERMS);

    @Test
    void theBridgeOfTheQuarter() {
        Movements q1 = BOOK.movements(Q1);
        assertThat(q1.startingLogos()).isEqualTo(5);
        assertThat(q1.startingArr()).isEqualByComparingTo("36000");
        assertThat(q1.newLogos()).isEqualTo(1);
        assertThat(q1.newArr()).isEqualByComparingTo("6000");
        assertThat(q1.expansionArr()).isEqualByComparingTo("1000");
        assertThat(q1.contractionArr()).isEqualByComparingTo("3000");
        assertThat(q1.churnedLogos()).isEqualTo(2);
        assertThat(q1.churnedArr()).isEqualByComparingTo("14000");
        assertThat(q1.endingLogos()).isEqualTo(4);
        assertThat(q1.endingArr()).isEqualByComparingTo("26000");
        assertThat(q1.bridgeAddsUp()).isTrue();
    }

    @Test
    void aContractThatExpandsThenChurnsIsChurnedWithItsStartingArrOverTheQuarter() {
        Movements alone = Movements.NONE.plus(
                BOOK.arrOn("expands-then-churns", Q1.dayBefore()), BOOK.arrOn("expands-then-churns", Q1.to()));
        assertThat(alone.churnedArr()).isEqualByComparingTo("10000");
        assertThat(alone.expansionArr()).isEqualByComparingTo("0");
    }

    @Test
    void theRatesOfTheQuarter() {
        RetentionMetrics q1 = BOOK.metrics(Q1);
        assertThat(q1.logoChurnRate()).isEqualByComparingTo("0.4000"); // 2 of 5 starting logos
        assertThat(q1.grossRevenueRetention()).isEqualByComparingTo("0.5278"); // (36,000 − 3,000 − 14,000) / 36,000
        assertThat(q1.netRevenueRetention()).isEqualByComparingTo("0.5556"); // (36,000 + 1,000 − 17,000) / 36,000
        assertThat(q1.renewals()).isEqualTo(new Renewals(3, 2, 1, 0)); // due: 15 Jan, 1 Feb, 1 Mar
        assertThat(q1.renewalRate()).isEqualByComparingTo("0.6667");
    }

    @Test
    void everyMonthAddsUpAndTheExpansionBeforeTheChurnShowsMonthByMonth() {
        List<Movements> months = Q1.months().stream().map(BOOK::movements).toList();
        assertThat(months).allMatch(Movements::bridgeAddsUp);
        assertThat(months).extracting(m -> m.endingArr().intValue()).containsExactly(34_000, 45_000, 26_000);
        assertThat(months.get(0).expansionArr()).isEqualByComparingTo("1000");
        assertThat(months.get(0).contractionArr()).isEqualByComparingTo("3000");
        assertThat(months.get(1).newArr()).isEqualByComparingTo("6000");
        assertThat(months.get(1).expansionArr()).isEqualByComparingTo("5000");
        assertThat(months.get(2).churnedArr()).isEqualByComparingTo("19000"); // 15,000 expanded + 4,000
        // Each month's end is the next month's start.
        assertThat(months.get(1).startingArr())
                .isEqualByComparingTo(months.get(0).endingArr());
        assertThat(months.get(2).startingArr())
                .isEqualByComparingTo(months.get(1).endingArr());
    }

    @Test
    void theOneOffAccountIsInNoChurnFigure() {
        assertThat(BOOK.arrOn("shop", Q1.to())).isZero();
        assertThat(BOOK.movements(Q1).startingLogos() + BOOK.movements(Q1).newLogos())
                .as("the five at the start and the new logo; not the shop")
                .isEqualTo(6);
    }

    @Test
    void aPeriodWithoutStartingAccountsHasNoRatesRatherThanZero() {
        RetentionMetrics empty = BOOK.metrics(new Period(day("2020-01-01"), day("2020-12-31")));
        assertThat(empty.logoChurnRate()).isNull();
        assertThat(empty.grossRevenueRetention()).isNull();
        assertThat(empty.netRevenueRetention()).isNull();
        assertThat(empty.renewalRate()).isNull();
        assertThat(empty.bridgeAddsUp()).isTrue();
    }

    static BookTerm running(String account, int arr, String from, String scheduledEnd) {
        return new BookTerm(account, arr(arr), day(from), day(scheduledEnd), null, null, false);
    }

    static BookTerm ended(String account, int arr, String from, String scheduledEnd, String endsOn, TermOutcome o) {
        return new BookTerm(account, arr(arr), day(from), day(scheduledEnd), day(endsOn), o, false);
    }

    static BigDecimal arr(int value) {
        return BigDecimal.valueOf(value);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
