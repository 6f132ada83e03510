package dev.tandem.account.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.events.account.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A contract's terms held in memory across several upserts, as a bulk chunk holds them. */
class TermHistoryTest {

    private static final LocalDate START = LocalDate.parse("2025-01-01");
    private static final LocalDate RENEWAL = LocalDate.parse("2026-01-01");

    private final Contract contract = contract();

    @Test
    void aNewContractOpensItsFirstTermAndALaterRenewalClosesItAndOpensTheNext() {
        TermHistory history = new TermHistory(contract, List.of());
        TermHistory.Applied started = apply(history, active(1000, RENEWAL), LocalDate.parse("2025-03-01"));
        assertThat(started.changed()).isEmpty();
        assertThat(started.added()).singleElement().satisfies(term -> {
            assertThat(term.startsOn).isEqualTo(START);
            assertThat(term.outcome).isNull();
            assertThat(term.contractId).isEqualTo(contract.id);
            assertThat(term.accountId).isEqualTo(contract.accountId);
        });

        TermHistory.Applied renewed =
                apply(history, active(1500, RENEWAL.plusYears(1)), LocalDate.parse("2025-12-20"), "GREEN");
        assertThat(renewed.changed()).singleElement().satisfies(term -> {
            assertThat(term).isSameAs(started.added().get(0));
            assertThat(term.outcome).isEqualTo(TermOutcome.EXPANDED);
            assertThat(term.endsOn).isEqualTo(RENEWAL);
            assertThat(term.bandAtOutcome).isEqualTo("GREEN");
        });
        assertThat(renewed.added()).singleElement().satisfies(term -> {
            assertThat(term.startsOn).isEqualTo(RENEWAL);
            assertThat(term.arr).isEqualByComparingTo("1500");
        });
    }

    @Test
    void anUnchangedStateTakesNoStep() {
        TermHistory history = new TermHistory(contract, List.of());
        apply(history, active(1000, RENEWAL), START);
        assertThat(history.steps(active(1000, RENEWAL), START)).isEmpty();
    }

    @Test
    void onlyAClosingOrAnEndedTermRecordsAnOutcome() {
        assertThat(TermHistory.recordOutcome(List.of(new TermStep.Open("Growth", BigDecimal.ONE, START, RENEWAL))))
                .isFalse();
        assertThat(TermHistory.recordOutcome(
                        List.of(new TermStep.Close(RENEWAL, TermOutcome.CHURNED, BigDecimal.ZERO, null, false))))
                .isTrue();
    }

    @Test
    void aDatedChangeNeverReachesBackBeforeATermThatEnded() {
        TermHistory history = new TermHistory(contract, List.of());
        apply(history, active(1000, RENEWAL), START);
        apply(history, active(1000, RENEWAL.plusYears(1)), RENEWAL);
        ContractTerms backdated = new ContractTerms(
                "Growth",
                new BigDecimal("2000"),
                "EUR",
                10,
                START,
                RENEWAL.plusYears(1),
                true,
                ContractStatus.ACTIVE,
                null,
                START.plusMonths(1));
        // Dated into the first term, which ended: it takes effect on the day the running term began, so it corrects
        // that term rather than cutting it.
        TermHistory.Applied upsell = apply(history, backdated, RENEWAL.plusMonths(2));
        assertThat(upsell.added()).isEmpty();
        assertThat(upsell.changed()).singleElement().satisfies(term -> {
            assertThat(term.startsOn).isEqualTo(RENEWAL);
            assertThat(term.arr).isEqualByComparingTo("2000");
            assertThat(term.outcome).isNull();
        });
    }

    private static TermHistory.Applied apply(TermHistory history, ContractTerms state, LocalDate today) {
        return apply(history, state, today, null);
    }

    private static TermHistory.Applied apply(TermHistory history, ContractTerms state, LocalDate today, String band) {
        return history.apply(history.steps(state, today), band);
    }

    private static ContractTerms active(int arr, LocalDate renewal) {
        return new ContractTerms(
                "Growth", BigDecimal.valueOf(arr), "EUR", 10, START, renewal, true, ContractStatus.ACTIVE, null, null);
    }

    private static Contract contract() {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.accountId = UUID.randomUUID();
        return contract;
    }
}
