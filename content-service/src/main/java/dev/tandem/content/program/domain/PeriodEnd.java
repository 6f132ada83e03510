package dev.tandem.content.program.domain;

import java.time.LocalDate;

/** The decision when an onboarding period is over and the account has not succeeded. */
public sealed interface PeriodEnd {

    /** The period gets its one extension, to {@code newDueOn}. */
    record Extend(LocalDate newDueOn, int days) implements PeriodEnd {}

    /** The onboarding failed on the last day of its period. */
    record Fail(LocalDate failedOn) implements PeriodEnd {}

    /**
     * Decides for a period that ended on {@code dueOn}: EXTEND extends once, a second end fails like PROCEED does.
     */
    public static PeriodEnd decide(EndPolicy policy, Integer extensionDays, boolean alreadyExtended, LocalDate dueOn) {
        if (policy == EndPolicy.EXTEND && !alreadyExtended && extensionDays != null && extensionDays > 0) {
            return new Extend(dueOn.plusDays(extensionDays), extensionDays);
        }
        return new Fail(dueOn);
    }

    /** The decision for {@code program}. */
    public static PeriodEnd decide(OnboardingProgram program, boolean alreadyExtended, LocalDate dueOn) {
        return decide(program.endPolicy, program.extensionDays, alreadyExtended, dueOn);
    }
}
