package dev.tandem.health.scoring.repository;

import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.health.scoring.config.ScoringConfig;
import dev.tandem.health.scoring.domain.DayRange;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * End users' measure values, from their own daily counts ({@code user_signal_day}) and NPS answers; their account's
 * data sources say which are connected. Metrics that mean nothing for one person ({@link Metric#perUser()}) have no
 * value, and manual measures are a CSM's view of an account, so such measures are left out of a user's score.
 */
@Singleton
public class UserMetrics extends MetricTables<AccountUser> {

    public UserMetrics(ScoringConfig config) {
        super(
                SubjectKind.END_USERS,
                "user_signal_day",
                List.of("account_external_id", "user_id"),
                config.sourceLookBackDays());
    }

    @Override
    public String accountOf(AccountUser user) {
        return user.account();
    }

    @Override
    protected boolean meaningful(Metric metric) {
        return metric.perUser();
    }

    @Override
    protected Uni<Map<AccountUser, Map<LocalDate, BigDecimal>>> ownRead(
            Metric metric, Set<AccountUser> users, DayRange days, long windowDays) {
        if (metric != Metric.NPS_AVERAGE) {
            return Uni.createFrom().item(Map.of());
        }
        return valuesByDay(
                "SELECT k.key0, k.key1, d.day, avg(n.score) FROM " + subjectsAndDays()
                        + " JOIN nps_response n ON n.account_external_id = k.key0 AND n.user_id = k.key1"
                        + " AND n.answered_at >= CAST(d.day - " + (windowDays - 1) + " AS timestamp) AT TIME ZONE 'UTC'"
                        + " AND n.answered_at < CAST(d.day + 1 AS timestamp) AT TIME ZONE 'UTC' GROUP BY k.key0, k.key1, d.day",
                users,
                days);
    }
}
