package dev.tandem.account.retention.service;

import dev.tandem.account.retention.config.RetentionConfig;
import dev.tandem.account.retention.domain.Breakdown;
import dev.tandem.account.retention.domain.BreakdownMetrics;
import dev.tandem.account.retention.domain.GroupMetrics;
import dev.tandem.account.retention.domain.Ltv;
import dev.tandem.account.retention.domain.LtvReport;
import dev.tandem.account.retention.domain.MonthMetrics;
import dev.tandem.account.retention.domain.Movements;
import dev.tandem.account.retention.domain.Period;
import dev.tandem.account.retention.domain.PeriodReport;
import dev.tandem.account.retention.domain.Renewals;
import dev.tandem.account.retention.domain.RetentionMetrics;
import dev.tandem.account.retention.repository.Group;
import dev.tandem.account.retention.repository.PeriodFiguresRepository;
import dev.tandem.account.retention.repository.SeriesRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Retention figures of a period: totals and breakdowns, the monthly series, and LTV. Reads only. */
@ApplicationScoped
public class RetentionService {

    private static final Comparator<GroupMetrics> BY_KEY =
            Comparator.comparing(GroupMetrics::key, Comparator.nullsLast(Comparator.naturalOrder()));

    private final PeriodFiguresRepository figures;
    private final SeriesRepository series;
    private final RetentionConfig config;

    public RetentionService(PeriodFiguresRepository figures, SeriesRepository series, RetentionConfig config) {
        this.figures = figures;
        this.series = series;
        this.config = config;
    }

    // A transaction of reads only: work_mem is raised for it alone (set_config local), see RetentionConfig.
    @WithTransaction
    public Uni<PeriodReport> report(Period period, List<Breakdown> breakdowns) {
        return figures.prepareForFigures(config.queryMemory())
                .chain(() -> figures.figures(period, breakdowns))
                .map(found -> new PeriodReport(
                        period.from(),
                        period.to(),
                        metrics(Group.ALL, found.movements(), found.renewals()),
                        breakdowns.stream()
                                .map(by -> new BreakdownMetrics(
                                        by.parameter(), groups(by, found.movements(), found.renewals())))
                                .toList()));
    }

    @WithTransaction
    public Uni<List<MonthMetrics>> series(Period period) {
        return figures.prepareForFigures(config.queryMemory())
                .chain(() -> series.movements(period))
                .chain(movements -> series.renewals(period)
                        .map(renewals -> period.months().stream()
                                .map(month -> {
                                    String key = month.from().toString().substring(0, 7);
                                    return new MonthMetrics(
                                            key,
                                            month.from(),
                                            month.to(),
                                            RetentionMetrics.of(
                                                    movements.getOrDefault(key, Movements.NONE),
                                                    renewals.getOrDefault(key, Renewals.NONE)));
                                })
                                .toList()));
    }

    /** LTV over the 365 days ending {@code asOf}. */
    @WithTransaction
    public Uni<LtvReport> ltv(LocalDate asOf) {
        Period year = new Period(asOf.minusDays(364), asOf);
        List<Breakdown> by = List.of(Breakdown.TOUCH_MODEL, Breakdown.SEGMENT);
        return figures.prepareForFigures(config.queryMemory())
                .chain(() -> figures.movements(year, by))
                .map(movements -> new LtvReport(
                        year.from(),
                        asOf,
                        config.grossMargin(),
                        ltvs(Breakdown.TOUCH_MODEL, movements),
                        ltvs(Breakdown.SEGMENT, movements)));
    }

    private List<Ltv> ltvs(Breakdown by, Map<Group, Movements> movements) {
        return movements.entrySet().stream()
                .filter(e -> e.getKey().by() == by)
                .map(e -> Ltv.of(e.getKey().key(), e.getValue(), config.grossMargin()))
                .sorted(Comparator.comparing(Ltv::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static List<GroupMetrics> groups(
            Breakdown by, Map<Group, Movements> movements, Map<Group, Renewals> renewals) {
        Set<Group> groups = new HashSet<>(movements.keySet());
        groups.addAll(renewals.keySet());
        return groups.stream()
                .filter(group -> group.by() == by)
                .map(group -> new GroupMetrics(group.key(), metrics(group, movements, renewals)))
                .sorted(BY_KEY)
                .toList();
    }

    private static RetentionMetrics metrics(
            Group group, Map<Group, Movements> movements, Map<Group, Renewals> renewals) {
        return RetentionMetrics.of(
                movements.getOrDefault(group, Movements.NONE), renewals.getOrDefault(group, Renewals.NONE));
    }
}
