package dev.tandem.cta.cta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.events.cta.CtaPriority;
import dev.tandem.platform.security.Caller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CtaDomainTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    @Test
    void ownerIsTheAccountsCsmThenTheDefaultThenTheTeamInTurns() {
        List<String> team = List.of("ana", "ben", "cem");

        assertThat(OwnerResolution.owner("csm-1", "lead", team, 0)).isEqualTo("csm-1");
        assertThat(OwnerResolution.owner(null, "lead", team, 0)).isEqualTo("lead");
        assertThat(OwnerResolution.needsTurn(null, null, team)).isTrue();
        assertThat(List.of(0L, 1L, 2L, 3L).stream()
                        .map(turn -> OwnerResolution.owner(null, null, team, turn))
                        .toList())
                .containsExactly("ana", "ben", "cem", "ana");
        assertThat(OwnerResolution.owner(null, null, List.of(), 0)).isNull();
        assertThat(OwnerResolution.needsTurn("csm-1", null, team)).isFalse();
    }

    @Test
    void urgencyRisesWithLowerHealthHigherArrAndANearerRenewal() {
        double base = urgency(70, "50000", TODAY.plusDays(150));

        assertThat(urgency(30, "50000", TODAY.plusDays(150))).isGreaterThan(base);
        assertThat(urgency(70, "200000", TODAY.plusDays(150))).isGreaterThan(base);
        assertThat(urgency(70, "50000", TODAY.plusDays(20))).isGreaterThan(base);
    }

    @Test
    void urgencyStaysWithinZeroAndHundred() {
        double worst = UrgencyScore.of(
                0, new BigDecimal("10000000"), TODAY.minusDays(3), CtaPriority.URGENT, TODAY.minusDays(1), TODAY);
        double best = UrgencyScore.of(100, null, null, CtaPriority.LOW, null, TODAY);

        assertThat(worst).isLessThanOrEqualTo(100).isGreaterThan(95);
        assertThat(best).isGreaterThanOrEqualTo(0).isLessThan(1);
    }

    @Test
    void aCsmChangesTheirOwnCtasAndTheirAccountsCtasAnAdminAny() {
        Caller csm = new Caller("csm-a", false, false);
        Caller admin = new Caller("boss", true, false);

        assertThat(CtaAccess.mayChange(csm, "csm-a", "csm-b")).isTrue();
        assertThat(CtaAccess.mayChange(csm, "csm-b", "csm-a")).isTrue();
        assertThat(CtaAccess.mayChange(csm, "csm-b", "csm-b")).isFalse();
        assertThat(CtaAccess.mayChange(csm, null, null)).isFalse();
        assertThat(CtaAccess.mayChange(admin, "csm-b", "csm-b")).isTrue();
    }

    @Test
    void aCsmNamesAnotherOwnerOnlyOnTheirOwnAccounts() {
        Caller csm = new Caller("csm-a", false, false);
        Caller admin = new Caller("boss", true, false);

        assertThat(CtaAccess.mayNameOwner(csm, "csm-a", "csm-b")).isTrue();
        assertThat(CtaAccess.mayNameOwner(csm, "csm-c", "csm-a")).isTrue();
        assertThat(CtaAccess.mayNameOwner(csm, "csm-c", "csm-b")).isFalse();
        assertThat(CtaAccess.mayNameOwner(csm, "csm-b", null)).isFalse();
        assertThat(CtaAccess.mayNameOwner(admin, "csm-c", "csm-b")).isTrue();
    }

    @Test
    void changesApplyOnlyWhatDiffersAndSayWhetherAnythingDid() {
        Cta cta = new Cta();
        cta.priority = CtaPriority.MEDIUM;
        cta.dueDate = TODAY.plusDays(3);

        assertThat(new CtaChanges(Optional.empty(), Optional.empty()).applyTo(cta))
                .isFalse();
        assertThat(new CtaChanges(Optional.of(CtaPriority.MEDIUM), Optional.of(Optional.of(TODAY.plusDays(3))))
                        .applyTo(cta))
                .isFalse();
        assertThat(new CtaChanges(Optional.of(CtaPriority.HIGH), Optional.empty()).applyTo(cta))
                .isTrue();
        assertThat(cta.priority).isEqualTo(CtaPriority.HIGH);
        assertThat(cta.dueDate).isEqualTo(TODAY.plusDays(3));
        assertThat(new CtaChanges(Optional.empty(), Optional.of(Optional.empty())).applyTo(cta))
                .isTrue();
        assertThat(cta.dueDate).isNull();
    }

    @Test
    void aDueDateMayNotMoveBeforeTodayButAnOverdueOneMayBeSentBackAsItIs() {
        Cta overdue = new Cta();
        overdue.dueDate = TODAY.minusDays(2);

        assertThat(dueOn(TODAY.minusDays(1)).movesDueDateBefore(overdue, TODAY)).isTrue();
        assertThat(dueOn(TODAY.minusDays(2)).movesDueDateBefore(overdue, TODAY)).isFalse();
        assertThat(dueOn(TODAY).movesDueDateBefore(overdue, TODAY)).isFalse();
        assertThat(new CtaChanges(Optional.empty(), Optional.of(Optional.empty())).movesDueDateBefore(overdue, TODAY))
                .isFalse();
    }

    private static CtaChanges dueOn(LocalDate day) {
        return new CtaChanges(Optional.empty(), Optional.of(Optional.of(day)));
    }

    private static double urgency(int health, String arr, LocalDate renewal) {
        return UrgencyScore.of(health, new BigDecimal(arr), renewal, CtaPriority.MEDIUM, null, TODAY);
    }
}
