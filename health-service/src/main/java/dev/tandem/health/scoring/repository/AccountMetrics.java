package dev.tandem.health.scoring.repository;

import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.manual.repository.ManualValueRepository;
import dev.tandem.health.scoring.config.ScoringConfig;
import dev.tandem.health.scoring.domain.DailyValues;
import dev.tandem.health.scoring.domain.DayRange;
import dev.tandem.health.scoring.domain.ManualPoints;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts' measure values: their daily aggregates, NPS answers, contracts, touchpoints and their CSMs' manual points.
 */
@Singleton
public class AccountMetrics extends MetricTables<String> {

    private final ManualValueRepository manualValues;

    public AccountMetrics(ManualValueRepository manualValues, ScoringConfig config) {
        super(SubjectKind.ACCOUNTS, "account_day", List.of("account_external_id"), config.sourceLookBackDays());
        this.manualValues = manualValues;
    }

    @Override
    public String accountOf(String account) {
        return account;
    }

    @Override
    protected Uni<Void> readOthers(Set<String> accounts, DailyValues<String> values) {
        return readManual(accounts, values).chain(() -> readTouchpointSources(accounts, values));
    }

    private Uni<Void> readTouchpointSources(Set<String> accounts, DailyValues<String> values) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NativeSql.rows(TouchpointReads.FIRST_DAYS, Map.of("accounts", accounts.toArray(String[]::new)))
                .invoke(rows -> rows.forEach(
                        row -> values.putSourceSince((String) row[0], Metric.TOUCHPOINT_SOURCE, day(row[1]))))
                .replaceWithVoid();
    }

    private Uni<Void> readManual(Set<String> accounts, DailyValues<String> values) {
        return manualValues
                .of(accounts)
                .invoke(byAccount -> byAccount.forEach((account, points) -> values.putManual(
                        account,
                        points.stream()
                                .map(v -> new ManualPoints(
                                        v.measureKey(),
                                        v.points(),
                                        LocalDate.ofInstant(v.setAt(), ZoneOffset.UTC),
                                        v.expiresOn()))
                                .toList())))
                .replaceWithVoid();
    }

    @Override
    protected Uni<Map<String, Map<LocalDate, BigDecimal>>> ownRead(
            Metric metric, Set<String> accounts, DayRange days, long windowDays) {
        String window = " BETWEEN d.day - " + (windowDays - 1) + " AND d.day";
        if (metric.isTouchpointMetric()) {
            return valuesByDay(TouchpointReads.of(metric, subjectsAndDays(), windowDays), accounts, days);
        }
        return switch (metric) {
            case DISTINCT_FEATURES ->
                valuesByDay(
                        "SELECT k.key0, d.day, count(DISTINCT f.feature) FROM " + subjectsAndDays()
                                + " JOIN feature_day f ON f.account_external_id = k.key0 AND f.day" + window
                                + " GROUP BY k.key0, d.day",
                        accounts,
                        days);
            case NPS_AVERAGE ->
                valuesByDay(
                        "SELECT k.key0, d.day, avg(n.score) FROM " + subjectsAndDays()
                                + " JOIN nps_response n ON n.account_external_id = k.key0"
                                + " AND n.answered_at >= CAST(d.day - " + (windowDays - 1)
                                + " AS timestamp) AT TIME ZONE 'UTC'"
                                + " AND n.answered_at < CAST(d.day + 1 AS timestamp) AT TIME ZONE 'UTC' GROUP BY k.key0, d.day",
                        accounts,
                        days);
            case SEAT_UTILISATION -> seatUtilisation(accounts, days, window);
            default -> throw new IllegalArgumentException(metric + " is a daily figure");
        };
    }

    /**
     * Users active in the window per seat of the contracts running that day; no value without one. A contract runs from
     * its start until the day it ended; one known only as running or not (projected before its dates were kept) runs
     * every day or none.
     */
    private Uni<Map<String, Map<LocalDate, BigDecimal>>> seatUtilisation(
            Set<String> accounts, DayRange days, String window) {
        String seats = "SELECT k.key0, d.day, sum(c.seats) FROM " + subjectsAndDays()
                + " JOIN account_ref a ON a.external_id = k.key0 AND NOT a.erased"
                + " JOIN contract_ref c ON c.account_id = a.account_id"
                + " WHERE (c.active OR c.ended_on IS NOT NULL) AND (c.start_date IS NULL OR c.start_date <= d.day)"
                + " AND (c.ended_on IS NULL OR c.ended_on > d.day) GROUP BY k.key0, d.day";
        String active = "SELECT k.key0, d.day, count(DISTINCT u.user_id) FROM " + subjectsAndDays()
                + " JOIN user_signal_day u ON u.account_external_id = k.key0 AND u.day" + window
                + " AND u.last_seen_at IS NOT NULL GROUP BY k.key0, d.day";
        return valuesByDay(seats, accounts, days)
                .chain(contracted -> valuesByDay(active, contracted.keySet(), days)
                        .map(users -> {
                            Map<String, Map<LocalDate, BigDecimal>> utilisation = new HashMap<>();
                            contracted.forEach((account, byDay) -> byDay.forEach((day, seatCount) -> {
                                if (seatCount.signum() > 0) {
                                    BigDecimal activeUsers = users.getOrDefault(account, Map.of())
                                            .getOrDefault(day, BigDecimal.ZERO);
                                    utilisation
                                            .computeIfAbsent(account, a -> new HashMap<>())
                                            .put(day, activeUsers.divide(seatCount, MathContext.DECIMAL64));
                                }
                            }));
                            return utilisation;
                        }));
    }
}
