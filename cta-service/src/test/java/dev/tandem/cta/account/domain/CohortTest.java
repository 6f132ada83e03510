package dev.tandem.cta.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.ContractStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CohortTest {

    private static final Instant HEARD = Instant.parse("2026-03-10T12:00:00Z");

    private static ContractStarted contract(String arr, LocalDate start, ContractStatus status) {
        return new ContractStarted(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Growth",
                arr == null ? null : new BigDecimal(arr),
                "EUR",
                10,
                start,
                start == null ? null : start.plusYears(1),
                true,
                status,
                null,
                HEARD);
    }

    @Test
    void aRunningPaidContractDatesTheCohortByItsStartMonth() {
        assertThat(Cohort.impliedBy(contract("12000", LocalDate.of(2025, 11, 20), ContractStatus.ACTIVE)))
                .contains(YearMonth.of(2025, 11));
    }

    @Test
    void aContractStartingLaterDatesItWhenItWasHeardOf() {
        assertThat(Cohort.impliedBy(contract("12000", LocalDate.of(2026, 6, 1), ContractStatus.ACTIVE)))
                .contains(YearMonth.of(2026, 3));
        assertThat(Cohort.impliedBy(contract("12000", null, ContractStatus.ACTIVE)))
                .contains(YearMonth.of(2026, 3));
    }

    @Test
    void freeOrEndedContractsMakeNobodyACustomer() {
        assertThat(Cohort.impliedBy(contract("0", LocalDate.of(2025, 11, 20), ContractStatus.ACTIVE)))
                .isEmpty();
        assertThat(Cohort.impliedBy(contract(null, LocalDate.of(2025, 11, 20), ContractStatus.ACTIVE)))
                .isEmpty();
        assertThat(Cohort.impliedBy(contract("12000", LocalDate.of(2025, 11, 20), ContractStatus.ENDED)))
                .isEmpty();
    }

    @Test
    void aCohortIsKeptAsItsMonthsFirstDay() {
        assertThat(Cohort.firstDay(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Cohort.firstDay(null)).isNull();
    }
}
