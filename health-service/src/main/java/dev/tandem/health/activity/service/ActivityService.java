package dev.tandem.health.activity.service;

import dev.tandem.health.activity.repository.ActivityReader;
import dev.tandem.health.activity.repository.ActivityReader.Day;
import dev.tandem.health.activity.repository.ActivityReader.Engagement;
import dev.tandem.health.activity.repository.ActivityReader.FeatureUse;
import dev.tandem.health.activity.repository.ActivityReader.RoiValue;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** An account's recent activity: what its users did, day by day, and how many of them did it. */
@ApplicationScoped
public class ActivityService {

    /**
     * @param dailyActive distinct users active today (UTC); {@code weeklyActive} over the last 7 days,
     *     {@code monthlyActive} over the last 30
     * @param lastSeenAt the latest product use; null if none is known
     */
    public record Activity(
            String accountId,
            long dailyActive,
            long weeklyActive,
            long monthlyActive,
            Instant lastSeenAt,
            List<FeatureUse> topFeatures,
            Engagement engagement,
            Nps nps,
            List<RoiValue> roi,
            List<Day> days) {}

    /**
     * @param latest the latest answer, 0-10; null without any
     * @param trend the average of the last 90 days minus that of the 90 before, one decimal; null unless both have
     *     answers
     */
    public record Nps(Integer latest, BigDecimal trend) {}

    private static final int TOP_FEATURES = 5;

    private static BigDecimal trend(ActivityReader.NpsFigures nps) {
        return nps.recentAverage() == null || nps.earlierAverage() == null
                ? null
                : nps.recentAverage().subtract(nps.earlierAverage()).setScale(1, RoundingMode.HALF_UP);
    }

    private final ActivityReader reader;
    private final Clock clock;

    public ActivityService(ActivityReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** The last {@code days} days (today included) of the account with the vendor's id {@code account}. */
    @WithSession
    public Uni<Activity> of(String account, int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = today.minusDays(days - 1L);
        // One after the other: a reactive session runs one statement at a time.
        return reader.activeUsers(account, today)
                .chain(active -> reader.lastSeen(account)
                        .chain(lastSeen -> reader.topFeatures(account, from, TOP_FEATURES)
                                .chain(features -> reader.engagement(account, from, today)
                                        .chain(engagement -> reader.nps(account, clock.instant())
                                                .chain(nps -> reader.latestRoi(account)
                                                        .chain(roi -> reader.days(account, from)
                                                                .map(dayList -> new Activity(
                                                                        account,
                                                                        active.daily(),
                                                                        active.weekly(),
                                                                        active.monthly(),
                                                                        lastSeen,
                                                                        features,
                                                                        engagement,
                                                                        new Nps(nps.latest(), trend(nps)),
                                                                        roi,
                                                                        dayList))))))));
    }
}
