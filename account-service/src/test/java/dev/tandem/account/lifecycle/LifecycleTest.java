package dev.tandem.account.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.account.lifecycle.domain.ContractFacts;
import dev.tandem.account.lifecycle.domain.Lifecycle;
import dev.tandem.events.account.LifecycleStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    private final Lifecycle lifecycle = new Lifecycle(120);

    @Test
    void theFirstPaidContractStartsOnboardingFromFreeOrTrial() {
        List<ContractFacts> paid = List.of(running("12000", "2026-11-01", "2027-11-01"));

        assertThat(lifecycle.next(LifecycleStage.FREE, paid, TODAY)).isEqualTo(LifecycleStage.ONBOARDING);
        assertThat(lifecycle.next(LifecycleStage.TRIAL, paid, TODAY)).isEqualTo(LifecycleStage.ONBOARDING);
    }

    @Test
    void aContractThatHasNotStartedOrIsFreeChangesNothingYet() {
        assertThat(lifecycle.next(LifecycleStage.TRIAL, List.of(running("12000", "2026-12-01", "2027-12-01")), TODAY))
                .isEqualTo(LifecycleStage.TRIAL);
        assertThat(lifecycle.next(LifecycleStage.FREE, List.of(running("0", "2026-11-01", "2027-11-01")), TODAY))
                .isEqualTo(LifecycleStage.FREE);
    }

    @Test
    void onboardingIsEndedByTheProgramNotByContracts() {
        assertThat(lifecycle.next(
                        LifecycleStage.ONBOARDING, List.of(running("12000", "2026-01-01", "2027-01-01")), TODAY))
                .as("renewal is inside the window, but onboarding is not over")
                .isEqualTo(LifecycleStage.ONBOARDING);
    }

    @Test
    void adoptionEntersRenewalInsideTheWindowAndLeavesItOnceRenewed() {
        var dueIn120Days =
                List.of(running("12000", "2026-03-22", TODAY.plusDays(120).toString()));
        var dueIn121Days =
                List.of(running("12000", "2026-03-22", TODAY.plusDays(121).toString()));

        assertThat(lifecycle.next(LifecycleStage.ADOPTION, dueIn120Days, TODAY)).isEqualTo(LifecycleStage.RENEWAL);
        assertThat(lifecycle.next(LifecycleStage.ADOPTION, dueIn121Days, TODAY)).isEqualTo(LifecycleStage.ADOPTION);
        assertThat(lifecycle.next(LifecycleStage.RENEWAL, dueIn121Days, TODAY)).isEqualTo(LifecycleStage.ADOPTION);
    }

    @Test
    void noRunningContractMeansChurnedAndANewOneWinsTheAccountBack() {
        var ended = List.of(new ContractFacts(false, new BigDecimal("12000"), date("2025-11-01"), date("2026-11-01")));

        assertThat(lifecycle.next(LifecycleStage.RENEWAL, ended, TODAY)).isEqualTo(LifecycleStage.CHURNED);
        assertThat(lifecycle.next(LifecycleStage.ADOPTION, ended, TODAY)).isEqualTo(LifecycleStage.CHURNED);
        assertThat(lifecycle.next(LifecycleStage.ONBOARDING, ended, TODAY)).isEqualTo(LifecycleStage.CHURNED);
        assertThat(lifecycle.next(LifecycleStage.CHURNED, List.of(running("9000", "2026-11-20", "2027-11-20")), TODAY))
                .isEqualTo(LifecycleStage.ONBOARDING);
    }

    @Test
    void theEndOfOnboardingLeadsToAdoptionOrStraightToRenewal() {
        var farRenewal = List.of(running("12000", "2026-09-01", "2027-09-01"));
        var nearRenewal = List.of(running("12000", "2026-09-01", "2027-01-10"));

        assertThat(lifecycle.onboardingEnded(LifecycleStage.ONBOARDING, farRenewal, TODAY))
                .isEqualTo(LifecycleStage.ADOPTION);
        assertThat(lifecycle.onboardingEnded(LifecycleStage.ONBOARDING, nearRenewal, TODAY))
                .isEqualTo(LifecycleStage.RENEWAL);
    }

    @Test
    void aLateOrRepeatedOnboardingOutcomeMovesNothing() {
        var contracts = List.of(running("12000", "2026-09-01", "2027-09-01"));

        assertThat(lifecycle.onboardingEnded(LifecycleStage.ADOPTION, contracts, TODAY))
                .isEqualTo(LifecycleStage.ADOPTION);
        assertThat(lifecycle.onboardingEnded(LifecycleStage.CHURNED, contracts, TODAY))
                .isEqualTo(LifecycleStage.CHURNED);
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThatThrownBy(() -> new Lifecycle(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ContractFacts running(String arr, String start, String renewal) {
        return new ContractFacts(true, new BigDecimal(arr), date(start), date(renewal));
    }

    private static LocalDate date(String value) {
        return LocalDate.parse(value);
    }
}
