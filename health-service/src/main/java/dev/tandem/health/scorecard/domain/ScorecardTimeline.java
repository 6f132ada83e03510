package dev.tandem.health.scorecard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The scorecards of one purpose over time: which versions were in force on a day, so that a past day is scored as it
 * would have been then. A day is scored with the versions in force at its end. A day before any version came into
 * force (history older than the installation) is scored with the first versions, so that imported history has scores
 * too.
 */
public final class ScorecardTimeline {

    private final List<ScorecardVersion> versions;
    private final Instant firstEffective;

    public ScorecardTimeline(List<ScorecardVersion> versions) {
        this.versions = versions.stream()
                .sorted(Comparator.comparing(ScorecardVersion::effectiveAt)
                        .thenComparing(v -> v.scorecard().version()))
                .toList();
        this.firstEffective =
                this.versions.isEmpty() ? Instant.MIN : this.versions.get(0).effectiveAt();
    }

    /** The scorecards that judged accounts on {@code day}: each one's last version by the end of it, if not deleted. */
    public List<ConfiguredScorecard> inForce(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant cutoff = end.isAfter(firstEffective) ? end : firstEffective.plusNanos(1);
        Map<UUID, ScorecardVersion> latest = new LinkedHashMap<>();
        for (ScorecardVersion version : versions) {
            if (version.effectiveAt().isBefore(cutoff)) {
                latest.put(version.scorecard().id(), version);
            }
        }
        return latest.values().stream()
                .filter(version -> !version.deleted())
                .map(ScorecardVersion::scorecard)
                .toList();
    }

    /** A given version, to score on it whatever was in force. */
    public Optional<ConfiguredScorecard> version(UUID scorecardId, int version) {
        return versions.stream()
                .filter(v -> !v.deleted()
                        && v.scorecard().id().equals(scorecardId)
                        && v.scorecard().version() == version)
                .map(ScorecardVersion::scorecard)
                .findFirst();
    }
}
