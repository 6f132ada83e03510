package dev.tandem.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.recommendation.domain.RecommendationRanking;
import dev.tandem.content.recommendation.domain.RecommendationRanking.Candidate;
import dev.tandem.content.recommendation.domain.RecommendationRanking.Goal;
import dev.tandem.events.account.UserRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecommendationRankingTest {

    private final UUID setupUseCase = UUID.randomUUID();
    private final UUID reportsUseCase = UUID.randomUUID();
    private final UUID exportUseCase = UUID.randomUUID();
    private final List<Goal> goals = List.of(
            new Goal(0, UUID.randomUUID(), "CRM connected", Set.of(setupUseCase)),
            new Goal(1, UUID.randomUUID(), "Reports used", Set.of(reportsUseCase)),
            new Goal(1_000, null, "Export", Set.of(exportUseCase)));
    private final Map<UUID, Long> priority = Map.of(setupUseCase, 100L, reportsUseCase, 500L, exportUseCase, 900L);
    private final RecommendationRanking.Reader admin = new RecommendationRanking.Reader(UserRole.ADMIN, "Growth", null);

    @Test
    void theEarliestUnmetMilestoneComesFirstAndUseCasesAloneLast() {
        Candidate export = item("Export guide", Set.of(), exportUseCase);
        Candidate reports = item("Reports article", Set.of(), reportsUseCase);
        Candidate setup = item("Connect your CRM", Set.of(), setupUseCase);
        assertThat(titles(RecommendationRanking.rank(
                        List.of(export, reports, setup), goals, priority, admin, Set.of(), Set.of(), 10)))
                .containsExactly("Connect your CRM", "Reports article", "Export guide");
    }

    @Test
    void withinAMilestoneTheReadersRoleThenNewHelpThenPriorityDecide() {
        Candidate general = item("General", Set.of(), setupUseCase);
        Candidate forAdmins = item("For admins", Set.of(UserRole.ADMIN), setupUseCase);
        Candidate seenByColleague = item("A colleague read it", Set.of(UserRole.ADMIN), setupUseCase);
        Candidate alsoReports = item("Setup and reports", Set.of(), setupUseCase, reportsUseCase);
        var ranked = RecommendationRanking.rank(
                List.of(general, seenByColleague, forAdmins, alsoReports),
                goals,
                priority,
                admin,
                Set.of(),
                Set.of(seenByColleague.id()),
                10);
        assertThat(titles(ranked)).containsExactly("For admins", "A colleague read it", "Setup and reports", "General");
    }

    @Test
    void whatTheReaderViewedOrWhatIsNotForThemIsLeftOut() {
        Candidate viewed = item("Viewed", Set.of(), setupUseCase);
        Candidate forMembers = item("For members", Set.of(UserRole.MEMBER), setupUseCase);
        Candidate unrelated = item("Unrelated", Set.of(), UUID.randomUUID());
        Candidate fresh = item("Fresh", Set.of(), setupUseCase);
        var ranked = RecommendationRanking.rank(
                List.of(viewed, forMembers, unrelated, fresh),
                goals,
                priority,
                admin,
                Set.of(viewed.id()),
                Set.of(),
                10);
        assertThat(titles(ranked)).containsExactly("Fresh");
    }

    @Test
    void theLimitKeepsTheBest() {
        var ranked = RecommendationRanking.rank(
                List.of(item("B", Set.of(), reportsUseCase), item("A", Set.of(), setupUseCase)),
                goals,
                priority,
                admin,
                Set.of(),
                Set.of(),
                1);
        assertThat(titles(ranked)).containsExactly("A");
    }

    private static Candidate item(String title, Set<UserRole> roles, UUID... useCases) {
        return new Candidate(
                UUID.randomUUID(), title, new ContentTargets(List.of(useCases), roles, Set.of(), Set.of()));
    }

    private static List<String> titles(List<RecommendationRanking.Recommendation> ranked) {
        return ranked.stream().map(r -> r.item().title()).toList();
    }
}
