package dev.tandem.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.content.program.domain.EndPolicy;
import dev.tandem.content.program.domain.PeriodEnd;
import dev.tandem.content.program.domain.ProgramChooser;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 5, 31);

    @Test
    void proceedFailsOnTheLastDayOfThePeriod() {
        assertThat(PeriodEnd.decide(EndPolicy.PROCEED, null, false, DUE)).isEqualTo(new PeriodEnd.Fail(DUE));
    }

    @Test
    void extendExtendsOnceThenFails() {
        assertThat(PeriodEnd.decide(EndPolicy.EXTEND, 30, false, DUE))
                .isEqualTo(new PeriodEnd.Extend(DUE.plusDays(30), 30));
        assertThat(PeriodEnd.decide(EndPolicy.EXTEND, 30, true, DUE.plusDays(30)))
                .isEqualTo(new PeriodEnd.Fail(DUE.plusDays(30)));
    }

    private final ProgramChooser.Candidate catchAll = candidate(false, Set.of(), Set.of(), 1);
    private final ProgramChooser.Candidate lowTouch = candidate(false, Set.of(), Set.of("LOW"), 2);
    private final ProgramChooser.Candidate growth = candidate(false, Set.of("Growth"), Set.of(), 3);
    private final ProgramChooser.Candidate growthHigh = candidate(false, Set.of("Growth"), Set.of("HIGH"), 4);
    private final ProgramChooser.Candidate premium = candidate(true, Set.of("Growth"), Set.of("HIGH"), 0);
    private final List<ProgramChooser.Candidate> all = List.of(premium, catchAll, lowTouch, growth, growthHigh);

    @Test
    void theMostSpecificProgramWinsAndPlanOutweighsSegment() {
        assertThat(ProgramChooser.choose(all, "Growth", "HIGH")).contains(growthHigh);
        assertThat(ProgramChooser.choose(all, "Growth", "LOW")).contains(growth);
        assertThat(ProgramChooser.choose(all, "Starter", "LOW")).contains(lowTouch);
        assertThat(ProgramChooser.choose(all, "Starter", "TECH")).contains(catchAll);
    }

    @Test
    void anAccountNotYetKnownGetsAProgramThatNamesNoSegment() {
        assertThat(ProgramChooser.choose(all, "Growth", null)).contains(growth);
        assertThat(ProgramChooser.choose(all, null, null)).contains(catchAll);
    }

    @Test
    void premiumProgramsAreNeverChosenAndTiesGoToTheOldest() {
        var newerCatchAll = candidate(false, Set.of(), Set.of(), 9);
        assertThat(ProgramChooser.choose(List.of(newerCatchAll, catchAll, premium), "Growth", "HIGH"))
                .contains(catchAll);
        assertThat(ProgramChooser.choose(List.of(premium), "Growth", "HIGH")).isEmpty();
    }

    private static ProgramChooser.Candidate candidate(
            boolean premium, Set<String> plans, Set<String> touchModels, long order) {
        return new ProgramChooser.Candidate(UUID.randomUUID(), premium, plans, touchModels, order);
    }
}
