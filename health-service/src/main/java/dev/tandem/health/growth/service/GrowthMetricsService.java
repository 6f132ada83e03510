package dev.tandem.health.growth.service;

import dev.tandem.health.domain.growth.NetPromoterScore;
import dev.tandem.health.domain.growth.Rate;
import dev.tandem.health.domain.growth.UsageFrequency;
import dev.tandem.health.domain.growth.ViralCoefficient;
import dev.tandem.health.growth.repository.GrowthReader;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The product-led growth levers over a window: free sign-ups that activate and convert, virality, NPS (also by cohort)
 * and how often people use the product.
 */
@ApplicationScoped
public class GrowthMetricsService {

    /** An account activated when it was active on this many of its first {@link #ACTIVATION_WINDOW_DAYS} days. */
    public static final int ACTIVATION_ACTIVE_DAYS = 3;

    public static final int ACTIVATION_WINDOW_DAYS = 14;

    /**
     * @param signups accounts that signed up in the window (all start free or on trial); null with an account filter,
     *     like the other portfolio figures
     * @param activationRate signups active on {@value #ACTIVATION_ACTIVE_DAYS} of their first
     *     {@value #ACTIVATION_WINDOW_DAYS} days, as a share of all signups; null without signups
     * @param conversionRate signups that started paying since, as a share of all signups; null without signups
     * @param nps null when nobody answered in the window
     * @param npsByCohort NPS of the answers in the window by the month of the account's first paid contract
     * @param usageFrequency users active in the window, by their active days in the last 14
     */
    public record GrowthMetrics(
            LocalDate from,
            LocalDate to,
            Long signups,
            Long activatedSignups,
            BigDecimal activationRate,
            Long convertedSignups,
            BigDecimal conversionRate,
            Map<String, Integer> npsByCohort,
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
        Instant since = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        return portfolio(from, today, since, account)
                .chain(portfolio -> reader.activeUsers(from, account)
                        .chain(users -> reader.invites(from, account)
                                .chain(invites -> reader.npsTally(since, account)
                                        .chain(tally -> reader.usersByActiveDays(from, recentFrom, account)
                                                .map(byDays -> new GrowthMetrics(
                                                        from,
                                                        today,
                                                        portfolio.signups() == null
                                                                ? null
                                                                : portfolio
                                                                        .signups()
                                                                        .signups(),
                                                        portfolio.signups() == null
                                                                ? null
                                                                : portfolio
                                                                        .signups()
                                                                        .activated(),
                                                        portfolio.signups() == null
                                                                ? null
                                                                : Rate.of(
                                                                        portfolio
                                                                                .signups()
                                                                                .activated(),
                                                                        portfolio
                                                                                .signups()
                                                                                .signups()),
                                                        portfolio.signups() == null
                                                                ? null
                                                                : portfolio
                                                                        .signups()
                                                                        .converted(),
                                                        portfolio.signups() == null
                                                                ? null
                                                                : Rate.of(
                                                                        portfolio
                                                                                .signups()
                                                                                .converted(),
                                                                        portfolio
                                                                                .signups()
                                                                                .signups()),
                                                        portfolio.npsByCohort(),
                                                        users,
                                                        invites.sent(),
                                                        invites.accepted(),
                                                        ViralCoefficient.ofCounts(
                                                                users, invites.sent(), invites.accepted()),
                                                        nps(tally),
                                                        tally.values().stream()
                                                                .mapToLong(Long::longValue)
                                                                .sum(),
                                                        frequency(byDays)))))));
    }

    /** The figures only the whole portfolio has: sign-ups and cohorts. */
    private record Portfolio(GrowthReader.Signups signups, Map<String, Integer> npsByCohort) {}

    private Uni<Portfolio> portfolio(LocalDate from, LocalDate to, Instant since, String account) {
        if (account != null) {
            return Uni.createFrom().item(new Portfolio(null, null));
        }
        return reader.signups(from, to, ACTIVATION_ACTIVE_DAYS, ACTIVATION_WINDOW_DAYS)
                .chain(signups -> reader.npsTallyByCohort(since).map(byCohort -> {
                    Map<String, Integer> npsByCohort = new TreeMap<>();
                    byCohort.forEach((cohort, tally) -> npsByCohort.put(cohort, nps(tally)));
                    return new Portfolio(signups, npsByCohort);
                }));
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
