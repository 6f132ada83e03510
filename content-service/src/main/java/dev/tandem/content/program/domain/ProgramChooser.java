package dev.tandem.content.program.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Chooses the program a new paid contract enrolls its account in: among the non-premium programs that apply to the
 * contract's plan and the account's touch model, the most specific one. Naming the plan counts more than naming the
 * segment, since a plan decides what there is to set up; a program that names neither is the catch-all. Ties go to
 * the oldest program, so the choice does not change when an equally specific one is added.
 */
public final class ProgramChooser {

    /** What the chooser needs to know of a program. */
    public record Candidate(UUID id, boolean premium, Set<String> plans, Set<String> touchModels, long createdOrder) {}

    private ProgramChooser() {}

    public static Optional<Candidate> choose(Collection<Candidate> programs, String plan, String touchModel) {
        return programs.stream()
                .filter(program -> !program.premium())
                // An unknown plan or segment (the account not yet known) matches only programs that name none.
                .filter(program -> program.plans().isEmpty()
                        || (plan != null && program.plans().contains(plan)))
                .filter(program -> program.touchModels().isEmpty()
                        || (touchModel != null && program.touchModels().contains(touchModel)))
                .max(Comparator.comparingInt(ProgramChooser::specificity)
                        .thenComparing(Comparator.comparingLong(Candidate::createdOrder)
                                .reversed()));
    }

    private static int specificity(Candidate program) {
        return (program.plans().isEmpty() ? 0 : 2) + (program.touchModels().isEmpty() ? 0 : 1);
    }
}
