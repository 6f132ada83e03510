package dev.tandem.health.scoring.repository;

import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.manual.repository.ManualValueRepository;
import dev.tandem.health.scoring.domain.MeasureValues;
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

/** Accounts' measure values: their daily aggregates, NPS answers, contracts and their CSMs' manual values. */
@Singleton
public class AccountMetrics extends MetricTables<String> {

    /** Counted only for accounts with activity in the window, so that no activity stays no data. */
    private static final String DISTINCT_FEATURES = """
            SELECT active.account_external_id,
                   (SELECT count(DISTINCT f.feature) FROM feature_day f
                     WHERE f.account_external_id = active.account_external_id AND f.day >= :from)
              FROM (SELECT DISTINCT account_external_id FROM account_day
                     WHERE account_external_id = ANY(CAST(:key0 AS text[])) AND day >= :from) active
            """;

    private static final String NPS_AVERAGE = """
            SELECT account_external_id, avg(score) FROM nps_response
             WHERE account_external_id = ANY(CAST(:key0 AS text[])) AND answered_at >= :fromTime
             GROUP BY account_external_id
            """;

    private static final String CONTRACTED_SEATS = """
            SELECT a.external_id, sum(c.seats) FROM contract_ref c JOIN account_ref a ON a.account_id = c.account_id
             WHERE a.external_id = ANY(CAST(:key0 AS text[])) AND c.active AND NOT a.erased
             GROUP BY a.external_id
            """;

    private static final String ACTIVE_USERS = """
            SELECT account_external_id, count(DISTINCT user_id) FROM user_signal_day
             WHERE account_external_id = ANY(CAST(:key0 AS text[])) AND day >= :from AND last_seen_at IS NOT NULL
             GROUP BY account_external_id
            """;

    private final ManualValueRepository manualValues;

    public AccountMetrics(ManualValueRepository manualValues) {
        super(SubjectKind.ACCOUNTS, "account_day", List.of("account_external_id"));
        this.manualValues = manualValues;
    }

    @Override
    public String accountOf(String account) {
        return account;
    }

    @Override
    protected Uni<Void> readOthers(Set<String> accounts, LocalDate day, MeasureValues<String> values) {
        return manualValues.validOn(accounts, day).invoke(values::putManual).replaceWithVoid();
    }

    @Override
    protected Uni<Map<String, BigDecimal>> ownRead(Metric metric, Set<String> accounts, LocalDate from) {
        return switch (metric) {
            case DISTINCT_FEATURES -> values(DISTINCT_FEATURES, accounts, Map.of("from", from));
            case NPS_AVERAGE ->
                values(
                        NPS_AVERAGE,
                        accounts,
                        Map.of("fromTime", from.atStartOfDay().toInstant(ZoneOffset.UTC)));
            case SEAT_UTILISATION -> seatUtilisation(accounts, from);
            default -> throw new IllegalArgumentException(metric + " is a daily figure");
        };
    }

    /** Users active in the window per contracted seat; no value without a running contract. */
    private Uni<Map<String, BigDecimal>> seatUtilisation(Set<String> accounts, LocalDate from) {
        return values(CONTRACTED_SEATS, accounts, Map.of())
                .chain(contracted -> values(ACTIVE_USERS, contracted.keySet(), Map.of("from", from))
                        .map(active -> {
                            Map<String, BigDecimal> utilisation = new HashMap<>();
                            contracted.forEach((account, seats) -> {
                                if (seats.signum() > 0) {
                                    BigDecimal users = active.getOrDefault(account, BigDecimal.ZERO);
                                    utilisation.put(account, users.divide(seats, MathContext.DECIMAL64));
                                }
                            });
                            return utilisation;
                        }));
    }
}
