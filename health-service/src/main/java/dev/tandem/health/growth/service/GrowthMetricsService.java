package dev.tandem.health.growth.service;

import dev.tandem.health.domain.growth.NetPromoterScore;
import dev.tandem.health.domain.growth.UsageFrequency;
import dev.tandem.health.domain.growth.ViralCoefficient;
import dev.tandem.health.growth.repository.GrowthReader;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** The product-led growth levers over a window: virality, NPS and how often people use the product. */
@ApplicationScoped
public class GrowthMetricsService {

    /**
     * @param nps null when nobody answered in the window
     * @param usageFrequency users active in the window, by their active days in the last 14
     */
    public record GrowthMetrics(
            LocalDate from,
            LocalDate to,
            long activeUsers,
            long invitesSent,
            long invitesAccepted,
            BigDecimal viralCoefficient,
            Integer nps,
            long npsAnswers,
            Map<UsageFrequency, Long> usageFrequency) {}

    private final GrowthReader reader;
    private final Clock clock;

    public GrowthMetricsService(GrowthReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** Over the last {@code days} days, for all accounts or the one with the vendor's id {@code account}. */
    @WithSession
    public Uni<GrowthMetrics> over(int days, String account) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = today.minusDays(days - 1L);
        LocalDate recentFrom = today.minusDays(UsageFrequency.WINDOW_DAYS - 1L);
        // One after the other: a reactive session runs one statement at a time.
        return reader.activeUsers(from, account)
                .chain(users -> reader.invites(from, account)
                        .chain(invites -> reader.npsTally(from.atStartOfDay().toInstant(ZoneOffset.UTC), account)
                                .chain(tally -> reader.usersByActiveDays(from, recentFrom, account)
                                        .map(byDays -> new GrowthMetrics(
                                                from,
                                                today,
                                                users,
                                                invites.sent(),
                                                invites.accepted(),
                                                ViralCoefficient.ofCounts(users, invites.sent(), invites.accepted()),
                                                nps(tally),
                                                tally.values().stream()
                                                        .mapToLong(Long::longValue)
                                                        .sum(),
                                                frequency(byDays))))));
    }

    private static Integer nps(Map<Integer, Long> tally) {
        var score = NetPromoterScore.ofTally(tally);
        return score.isPresent() ? score.getAsInt() : null;
    }

    private static Map<UsageFrequency, Long> frequency(Map<Integer, Long> usersByActiveDays) {
        Map<UsageFrequency, Long> bands = new EnumMap<>(UsageFrequency.class);
        for (UsageFrequency band : UsageFrequency.values()) {
            bands.put(band, 0L);
        }
        usersByActiveDays.forEach((days, users) -> bands.merge(UsageFrequency.of(days), users, Long::sum));
        return bands;
    }
}
