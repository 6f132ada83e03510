package dev.tandem.health.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.events.account.ContractChanged;
import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractRenewed;
import dev.tandem.events.account.ContractStatus;
import dev.tandem.health.account.domain.TermOutcome.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TermOutcomeTest {

    private static final UUID CONTRACT = UUID.randomUUID();
    private static final UUID ACCOUNT = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-03-05T09:00:00Z");

    @Test
    void aRenewalAtTheSameArrIsRenewedOnTheDayTheOldTermEnded() {
        TermOutcome outcome = TermOutcome.of(renewed(12_000, Map.of("renewalDate", "2026-03-01")))
                .orElseThrow();

        assertThat(outcome.kind()).isEqualTo(Kind.RENEWED);
        assertThat(outcome.on()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(outcome.arrBefore()).isEqualByComparingTo("12000");
    }

    @Test
    void aRenewalAtAHigherArrIsExpandedAndAtALowerOneContracted() {
        assertThat(TermOutcome.of(renewed(18_000, Map.of("arr", 12_000))).orElseThrow())
                .extracting(TermOutcome::kind, TermOutcome::arrBefore, TermOutcome::on)
                .containsExactly(Kind.EXPANDED, BigDecimal.valueOf(12_000), LocalDate.parse("2026-03-05"));
        assertThat(TermOutcome.of(renewed(9_000, Map.of("arr", "12000.00")))
                        .orElseThrow()
                        .kind())
                .isEqualTo(Kind.CONTRACTED);
    }

    @Test
    void anEndIsChurnWithItsReasonOnTheRenewalDateItRanTo() {
        TermOutcome outcome = TermOutcome.of(ended(LocalDate.parse("2026-02-28"), "  budget  "))
                .orElseThrow();

        assertThat(outcome.kind()).isEqualTo(Kind.CHURNED);
        assertThat(outcome.kind().retained()).isFalse();
        assertThat(outcome.reason()).isEqualTo("budget");
        assertThat(outcome.on()).isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(outcome.arrAfter()).isNull();
    }

    @Test
    void aCancellationBeforeTheRenewalDateChurnsTheDayItHappened() {
        TermOutcome outcome =
                TermOutcome.of(ended(LocalDate.parse("2026-12-01"), null)).orElseThrow();

        assertThat(outcome.on()).isEqualTo(LocalDate.parse("2026-03-05"));
        assertThat(outcome.reason()).isNull();
    }

    @Test
    void aChangeEndsNoTerm() {
        ContractChanged changed = new ContractChanged(
                CONTRACT,
                ACCOUNT,
                "Growth",
                BigDecimal.TEN,
                "EUR",
                5,
                null,
                null,
                true,
                ContractStatus.ACTIVE,
                null,
                AT,
                Map.of("seats", 4));

        assertThat(TermOutcome.of(changed)).isEmpty();
    }

    private static ContractRenewed renewed(int arr, Map<String, Object> previous) {
        return new ContractRenewed(
                CONTRACT,
                ACCOUNT,
                "Growth",
                BigDecimal.valueOf(arr),
                "EUR",
                10,
                LocalDate.parse("2025-03-01"),
                LocalDate.parse("2027-03-01"),
                true,
                ContractStatus.ACTIVE,
                null,
                AT,
                previous);
    }

    private static ContractEnded ended(LocalDate renewal, String reason) {
        return new ContractEnded(
                CONTRACT,
                ACCOUNT,
                "Growth",
                BigDecimal.valueOf(12_000),
                "EUR",
                10,
                LocalDate.parse("2025-03-01"),
                renewal,
                false,
                ContractStatus.CANCELLED,
                reason,
                AT,
                Map.of("status", "ACTIVE"));
    }
}
