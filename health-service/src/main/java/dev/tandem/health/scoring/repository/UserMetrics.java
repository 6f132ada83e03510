package dev.tandem.health.scoring.repository;

import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.domain.subject.AccountUser;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * End users' measure values, from their own daily counts ({@code user_signal_day}) and NPS answers. Metrics that mean
 * nothing for one person ({@link Metric#perUser()}) have no value, and manual measures are a CSM's view of an account,
 * so such measures are left out of a user's score.
 */
@Singleton
public class UserMetrics extends MetricTables<AccountUser> {

    private static final String NPS_AVERAGE = """
            SELECT account_external_id, user_id, avg(score) FROM nps_response
             WHERE account_external_id = ANY(CAST(:key0 AS text[])) AND user_id = ANY(CAST(:key1 AS text[]))
               AND answered_at >= :fromTime
             GROUP BY account_external_id, user_id
            """;

    public UserMetrics() {
        super(SubjectKind.END_USERS, "user_signal_day", List.of("account_external_id", "user_id"));
    }

    @Override
    public String accountOf(AccountUser user) {
        return user.account();
    }

    @Override
    protected Uni<Map<AccountUser, BigDecimal>> ownRead(Metric metric, Set<AccountUser> users, LocalDate from) {
        if (metric == Metric.NPS_AVERAGE) {
            return values(
                    NPS_AVERAGE, users, Map.of("fromTime", from.atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return Uni.createFrom().item(Map.of());
    }
}
