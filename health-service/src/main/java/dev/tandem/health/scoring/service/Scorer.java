package dev.tandem.health.scoring.service;

import dev.tandem.health.domain.scoring.BandScheme;
import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.domain.scoring.ScorecardCalculator;
import dev.tandem.health.scorecard.domain.AccountSegment;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.ScorecardChoice;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scorecard.domain.ScorecardTimeline;
import dev.tandem.health.scorecard.service.ScorecardService;
import dev.tandem.health.scoring.domain.DailyValues;
import dev.tandem.health.scoring.domain.DayRange;
import dev.tandem.health.scoring.domain.MetricReadPlan;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.repository.AccountLookup;
import dev.tandem.health.scoring.repository.MetricSource;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Scores subjects (accounts, or end users) on any day: each on the scorecard of the purpose asked that judged its
 * account that day (the versions in force then, and the account's segment then), from the values its
 * {@link MetricSource} reads over windows ending that day. Today is one such day; a range of days is history. Scoring
 * many subjects costs one query per metric read, not one per subject, measure or day.
 */
@ApplicationScoped
public class Scorer {

    /** A scorecard version named in a request, to score on it whatever judged the subjects then. */
    public record Version(UUID scorecardId, int version) {}

    private final ScorecardService scorecards;
    private final AccountLookup accounts;
    private final ScorecardCalculator calculator = new ScorecardCalculator(BandScheme.standard());
    private final Clock clock;

    public Scorer(ScorecardService scorecards, AccountLookup accounts, Clock clock) {
        this.scorecards = scorecards;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Each subject's score now; call inside a session. */
    public <S> Uni<Map<S, Scored>> score(MetricSource<S> source, Collection<S> subjects, ScorecardPurpose purpose) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return score(source, subjects, purpose, DayRange.of(today), Optional.empty())
                .map(byDay -> byDay.get(today));
    }

    /**
     * Each subject's score on each day of {@code days}; call inside a session. Health leaves accounts churned that day
     * unscored; a subject no scorecard selects is not judged (N/A, no scorecard).
     *
     * @param version the version to score on instead of those in force, if given
     */
    public <S> Uni<Map<LocalDate, Map<S, Scored>>> score(
            MetricSource<S> source,
            Collection<S> subjects,
            ScorecardPurpose purpose,
            DayRange days,
            Optional<Version> version) {
        Set<String> accountIds = new LinkedHashSet<>();
        subjects.forEach(subject -> accountIds.add(source.accountOf(subject)));
        return scorecards
                .timeline(purpose)
                .chain(timeline -> accounts.segments(accountIds).chain(segments -> {
                    Optional<ConfiguredScorecard> pinned = version.map(v -> pinned(timeline, v, purpose));
                    Map<LocalDate, Map<S, Scored>> result = new LinkedHashMap<>();
                    // Who is scored on which scorecard version, each day: a version is read for all its days at once.
                    Map<ConfiguredScorecard, Map<LocalDate, List<S>>> toScore = new IdentityHashMap<>();
                    for (LocalDate day : days.days()) {
                        Map<S, Scored> ofDay = new LinkedHashMap<>();
                        result.put(day, ofDay);
                        List<ConfiguredScorecard> inForce = pinned.map(List::of).orElseGet(() -> timeline.inForce(day));
                        ScorecardChoice choice = new ScorecardChoice(inForce.stream()
                                .map(ConfiguredScorecard::asCandidate)
                                .toList());
                        Instant endOfDay = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                        for (S subject : subjects) {
                            AccountSegment segment = segmentOn(segments.get(source.accountOf(subject)), endOfDay);
                            if (purpose == ScorecardPurpose.HEALTH && segment.isChurned()) {
                                ofDay.put(
                                        subject,
                                        new Scored(HealthScore.notApplicable("Churned: no longer scored"), null));
                                continue;
                            }
                            Optional<ConfiguredScorecard> judging = pinned.or(() -> choice.forAccount(segment)
                                    .flatMap(id -> inForce.stream()
                                            .filter(s -> s.id().equals(id))
                                            .findFirst()));
                            judging.ifPresentOrElse(
                                    scorecard -> toScore.computeIfAbsent(scorecard, s -> new LinkedHashMap<>())
                                            .computeIfAbsent(day, d -> new ArrayList<>())
                                            .add(subject),
                                    () -> ofDay.put(
                                            subject,
                                            new Scored(HealthScore.notApplicable("No scorecard applies"), null)));
                        }
                    }
                    MetricReadPlan<S> plan = new MetricReadPlan<>();
                    Set<S> anyJudged = new LinkedHashSet<>();
                    toScore.forEach((scorecard, byDay) -> {
                        Set<S> judged = new LinkedHashSet<>();
                        byDay.values().forEach(judged::addAll);
                        scorecard.definition().measures().forEach(measure -> plan.need(measure, judged));
                        anyJudged.addAll(judged);
                    });
                    // Only the judged subjects' values are read: a PQL rescoring following the health of paying
                    // accounts judges none of them, and reads nothing.
                    if (anyJudged.isEmpty()) {
                        return Uni.createFrom().item(result);
                    }
                    return source.read(plan, anyJudged, days).map(values -> {
                        toScore.forEach((scorecard, byDay) -> byDay.forEach((day, judged) -> judged.forEach(
                                subject -> result.get(day).put(subject, scoreOne(scorecard, subject, day, values)))));
                        return result;
                    });
                }));
    }

    /** Those of {@code accountIds} a scorecard of {@code purpose} judges now; call inside a session. */
    public Uni<Set<String>> judged(Collection<String> accountIds, ScorecardPurpose purpose) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Instant endOfDay = today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return scorecards.timeline(purpose).chain(timeline -> {
            List<ConfiguredScorecard> inForce = timeline.inForce(today);
            if (inForce.isEmpty()) {
                return Uni.createFrom().item(Set.<String>of());
            }
            ScorecardChoice choice = new ScorecardChoice(
                    inForce.stream().map(ConfiguredScorecard::asCandidate).toList());
            return accounts.segments(accountIds).map(segments -> {
                Set<String> judged = new LinkedHashSet<>();
                accountIds.forEach(account -> choice.forAccount(segmentOn(segments.get(account), endOfDay))
                        .ifPresent(id -> judged.add(account)));
                return judged;
            });
        });
    }

    private <S> Scored scoreOne(ConfiguredScorecard scorecard, S subject, LocalDate day, DailyValues<S> values) {
        return new Scored(
                calculator.score(scorecard.definition().inputs(measure -> values.of(subject, day, measure))),
                scorecard);
    }

    private static ConfiguredScorecard pinned(ScorecardTimeline timeline, Version version, ScorecardPurpose purpose) {
        ConfiguredScorecard scorecard = timeline.version(version.scorecardId(), version.version())
                .orElseThrow(() -> new NotFoundException(
                        "Scorecard version", version.scorecardId() + " version " + version.version()));
        if (scorecard.purpose() != purpose) {
            throw new InvalidInputException(
                    "scorecardId", "is a " + scorecard.purpose() + " scorecard, not " + purpose);
        }
        return scorecard;
    }

    /** The segment the account was in at {@code time}; unknown before it was announced. */
    private static AccountSegment segmentOn(NavigableMap<Instant, AccountSegment> history, Instant time) {
        if (history == null) {
            return AccountSegment.UNKNOWN;
        }
        Entry<Instant, AccountSegment> entry = history.lowerEntry(time);
        return entry == null ? AccountSegment.UNKNOWN : entry.getValue();
    }
}
