package dev.tandem.health.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.ScorecardCriteria;
import dev.tandem.health.scorecard.domain.ScorecardDefinition;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scorecard.domain.ScorecardTimeline;
import dev.tandem.health.scorecard.domain.ScorecardVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which scorecard versions judged a past day. */
class ScorecardTimelineTest {

    private static final UUID DEAR = UUID.randomUUID();
    private static final UUID ONBOARDING = UUID.randomUUID();

    private final ScorecardTimeline timeline = new ScorecardTimeline(List.of(
            version(DEAR, 1, "2026-03-01T09:00:00Z", false),
            version(DEAR, 2, "2026-06-15T14:00:00Z", false),
            version(ONBOARDING, 1, "2026-04-01T09:00:00Z", false),
            version(ONBOARDING, 2, "2026-05-01T09:00:00Z", true)));

    @Test
    void aDayIsScoredOnTheVersionsInForceAtItsEnd() {
        assertThat(versions(LocalDate.parse("2026-06-14"))).containsExactly("DEAR v1");
        assertThat(versions(LocalDate.parse("2026-06-15")))
                .as("a version that came into force during the day")
                .containsExactly("DEAR v2");
        assertThat(versions(LocalDate.parse("2026-04-10"))).containsExactlyInAnyOrder("DEAR v1", "ONBOARDING v1");
    }

    @Test
    void aDeletedScorecardJudgesNobodyFromItsDeletion() {
        assertThat(versions(LocalDate.parse("2026-05-01"))).containsExactly("DEAR v1");
    }

    @Test
    void aDayBeforeAnyVersionIsScoredOnTheFirstVersions() {
        assertThat(versions(LocalDate.parse("2025-01-01"))).containsExactly("DEAR v1");
    }

    @Test
    void aNamedVersionIsFoundWhateverWasInForce() {
        assertThat(timeline.version(DEAR, 1)).map(ConfiguredScorecard::version).contains(1);
        assertThat(timeline.version(ONBOARDING, 2))
                .as("a deletion is no version to score on")
                .isEmpty();
        assertThat(timeline.version(DEAR, 3)).isEmpty();
    }

    private List<String> versions(LocalDate day) {
        return timeline.inForce(day).stream()
                .map(s -> (s.id().equals(DEAR) ? "DEAR" : "ONBOARDING") + " v" + s.version())
                .toList();
    }

    private static ScorecardVersion version(UUID id, int version, String effective, boolean deleted) {
        Instant at = Instant.parse(effective);
        return new ScorecardVersion(
                new ConfiguredScorecard(
                        id,
                        id.equals(DEAR) ? "DEAR" : "Onboarding",
                        id.equals(DEAR),
                        ScorecardPurpose.HEALTH,
                        null,
                        100,
                        ScorecardCriteria.ANY,
                        new ScorecardDefinition(List.of()),
                        version,
                        at,
                        at),
                at,
                deleted);
    }
}
