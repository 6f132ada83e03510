package dev.tandem.account.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.events.account.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermLedgerTest {

    private static final LocalDate START = LocalDate.parse("2025-01-01");
    private static final LocalDate RENEWAL = LocalDate.parse("2026-01-01");
    private static final RunningTerm FIRST_TERM = new RunningTerm("Growth", arr(1000), START, RENEWAL, true);

    @Test
    void aNewContractOpensItsFirstTermFromItsStartDate() {
        assertThat(TermLedger.steps(active(1000, RENEWAL), null, false, day("2025-03-10")))
                .containsExactly(new TermStep.Open("Growth", arr(1000), START, RENEWAL));
    }

    @Test
    void aRenewalAtAHigherArrEndsTheTermOnItsScheduledDayExpanded() {
        LocalDate next = RENEWAL.plusYears(1);
        assertThat(TermLedger.steps(active(1500, next), FIRST_TERM, true, day("2025-12-20")))
                .containsExactly(
                        new TermStep.Close(RENEWAL, TermOutcome.EXPANDED, arr(1500), null, false),
                        new TermStep.Open("Growth", arr(1500), RENEWAL, next));
    }

    @Test
    void aRenewalAtTheSameOrLowerArrIsRenewedOrContracted() {
        LocalDate next = RENEWAL.plusYears(1);
        assertThat(TermLedger.steps(active(1000, next), FIRST_TERM, true, RENEWAL)
                        .get(0))
                .isEqualTo(new TermStep.Close(RENEWAL, TermOutcome.RENEWED, arr(1000), null, false));
        assertThat(TermLedger.steps(active(600, next), FIRST_TERM, true, RENEWAL)
                        .get(0))
                .isEqualTo(new TermStep.Close(RENEWAL, TermOutcome.CONTRACTED, arr(600), null, false));
    }

    @Test
    void aCancellationMidTermChurnsTodayWithItsReason() {
        ContractTerms cancelled = terms(1000, RENEWAL, ContractStatus.CANCELLED, "budget");
        assertThat(TermLedger.steps(cancelled, FIRST_TERM, true, day("2025-06-15")))
                .containsExactly(
                        new TermStep.Close(day("2025-06-15"), TermOutcome.CHURNED, BigDecimal.ZERO, "budget", false));
    }

    @Test
    void anEndReportedAfterTheRenewalDateChurnsOnTheRenewalDate() {
        ContractTerms ended = terms(1000, RENEWAL, ContractStatus.ENDED, null);
        assertThat(TermLedger.steps(ended, FIRST_TERM, true, day("2026-02-03")))
                .containsExactly(new TermStep.Close(RENEWAL, TermOutcome.CHURNED, BigDecimal.ZERO, null, false));
    }

    @Test
    void anUpsellMidTermCutsTheTermAsAmendedAndRunsTheRestAtTheNewArr() {
        LocalDate today = day("2025-07-01");
        assertThat(TermLedger.steps(active(1800, RENEWAL), FIRST_TERM, true, today))
                .containsExactly(
                        new TermStep.Close(today, TermOutcome.EXPANDED, arr(1800), null, true),
                        new TermStep.Open("Growth", arr(1800), today, RENEWAL));
    }

    @Test
    void aTermAmendedAfterItsRenewalDateRenewsNoEarlierThanItBegan() {
        // Overdue (renewal date 2026-01-01 passed without news), then raised on 2026-02-10, then renewed.
        RunningTerm amendedWhileOverdue = new RunningTerm("Growth", arr(1200), day("2026-02-10"), RENEWAL, false);
        LocalDate next = RENEWAL.plusYears(1);
        assertThat(TermLedger.steps(active(1200, next), amendedWhileOverdue, true, day("2026-02-20")))
                .containsExactly(
                        new TermStep.Close(day("2026-02-10"), TermOutcome.RENEWED, arr(1200), null, false),
                        new TermStep.Open("Growth", arr(1200), day("2026-02-10"), next));
    }

    @Test
    void anArrChangeBeforeTheTermBeganIsACorrection() {
        assertThat(TermLedger.steps(active(900, RENEWAL), FIRST_TERM, true, day("2024-12-01")))
                .containsExactly(new TermStep.Revise("Growth", arr(900), START, RENEWAL));
    }

    @Test
    void aContractThatArrivesEndedIsRecordedAsAChurnedTerm() {
        ContractTerms ended = terms(1000, RENEWAL, ContractStatus.ENDED, "moved to a competitor");
        assertThat(TermLedger.steps(ended, null, false, day("2026-05-01")))
                .containsExactly(
                        new TermStep.Ended("Growth", arr(1000), START, RENEWAL, RENEWAL, "moved to a competitor"));
    }

    @Test
    void nothingAboutTheTermChangedNoStep() {
        ContractTerms moreSeats = new ContractTerms(
                "Growth", arr(1000), "EUR", 40, START, RENEWAL, true, ContractStatus.ACTIVE, null, null);
        assertThat(TermLedger.steps(moreSeats, FIRST_TERM, true, day("2025-05-01")))
                .isEqualTo(List.of());
    }

    private static ContractTerms active(int arr, LocalDate renewal) {
        return terms(arr, renewal, ContractStatus.ACTIVE, null);
    }

    private static ContractTerms terms(int arr, LocalDate renewal, ContractStatus status, String reason) {
        return new ContractTerms("Growth", arr(arr), "EUR", 10, START, renewal, false, status, reason, null);
    }

    private static BigDecimal arr(int value) {
        return BigDecimal.valueOf(value);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
