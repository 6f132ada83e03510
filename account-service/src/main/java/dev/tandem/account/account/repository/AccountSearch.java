package dev.tandem.account.account.repository;

import dev.tandem.account.account.domain.AccountFilter;
import dev.tandem.account.account.domain.AccountPosition;
import dev.tandem.account.account.domain.AccountSort;
import dev.tandem.account.account.domain.ScoreBand;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.health.HealthBand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HQL query of an account list: each account with its health score (from the health projection, null without
 * one), the filters, the order, and the keyset position after the previous page.
 */
record AccountSearch(String query, Map<String, Object> parameters) {

    /*
     * health-service scores no churned account and announces nothing when one churns, so the score stored for a
     * churned account is the one from before: here, as there, a churned account has no score (N/A).
     */
    private static final String CHURNED = LifecycleStage.class.getName() + "." + LifecycleStage.CHURNED;
    private static final String CURRENT_SCORE = "(case when a.stage = " + CHURNED + " then null else h.score end)";
    private static final String SELECT =
            "select a, " + CURRENT_SCORE + " from Account a left join AccountHealth h on h.accountId = a.id ";

    static AccountSearch of(AccountFilter filter, AccountSort sort, AccountPosition after) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.stage() != null) {
            conditions.add("a.stage = :stage");
            parameters.put("stage", filter.stage());
        }
        if (filter.touchModel() != null) {
            conditions.add("a.touchModel = :touchModel");
            parameters.put("touchModel", filter.touchModel());
        }
        if (filter.csmId() != null) {
            conditions.add("a.csmId = :csmId");
            parameters.put("csmId", filter.csmId());
        }
        if (filter.plan() != null) {
            conditions.add("a.plan = :plan");
            parameters.put("plan", filter.plan());
        }
        if (filter.renewalBefore() != null) {
            conditions.add("a.nextRenewalDate < :renewalBefore");
            parameters.put("renewalBefore", filter.renewalBefore());
        }
        if (filter.nameContains() != null) {
            conditions.add("lower(a.name) like lower(:name) escape '!'");
            parameters.put("name", "%" + escapeLike(filter.nameContains()) + "%");
        }
        if (!filter.bands().isEmpty()) {
            conditions.add(bands(filter, parameters));
        }
        SortKey key = SortKey.of(sort.key());
        if (after != null) {
            conditions.add(key.after(after, sort.descending()));
            parameters.put("afterId", after.id());
            if (after.key() != null) {
                parameters.put("afterKey", after.key());
            }
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return new AccountSearch(SELECT + where + "order by " + key.orderBy(sort.descending()), parameters);
    }

    /** Any of the bands asked for; NA is an account without a score: scored N/A, never scored, or churned. */
    private static String bands(AccountFilter filter, Map<String, Object> parameters) {
        List<HealthBand> bands = filter.bands().stream()
                .map(ScoreBand::healthBand)
                .filter(Objects::nonNull)
                .toList();
        List<String> any = new ArrayList<>();
        if (!bands.isEmpty()) {
            any.add("(h.band in :bands and a.stage <> " + CHURNED + ")");
            parameters.put("bands", bands);
        }
        if (filter.bands().contains(ScoreBand.NA)) {
            any.add(CURRENT_SCORE + " is null");
        }
        return "(" + String.join(" or ", any) + ")";
    }

    /** A name search for "50%" looks for the characters, not for a wildcard. */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * A sort key in HQL: its expression, the expression of the previous page's key (names compare case-insensitively)
     * and whether an account may lack it, in which case it comes last either way.
     */
    private record SortKey(String expression, String afterExpression, boolean nullable) {

        static SortKey of(AccountSort.Key key) {
            return switch (key) {
                case NAME -> new SortKey("lower(a.name)", "lower(:afterKey)", false);
                case SCORE -> new SortKey(CURRENT_SCORE, ":afterKey", true);
                case ARR -> new SortKey("a.arr", ":afterKey", false);
                case RENEWAL -> new SortKey("a.nextRenewalDate", ":afterKey", true);
            };
        }

        String orderBy(boolean descending) {
            return expression + (descending ? " desc" : " asc") + (nullable ? " nulls last" : "") + ", a.id";
        }

        /** Everything after {@code position} in this order: a later key, the same key and a later id, or no key. */
        String after(AccountPosition position, boolean descending) {
            if (position.key() == null) {
                // The accounts without a key come last, by id.
                return "(%s is null and a.id > :afterId)".formatted(expression);
            }
            String later = "%s %s %s".formatted(expression, descending ? "<" : ">", afterExpression);
            String tie = "(%s = %s and a.id > :afterId)".formatted(expression, afterExpression);
            return nullable
                    ? "(%s or %s or %s is null)".formatted(later, tie, expression)
                    : "(%s or %s)".formatted(later, tie);
        }
    }
}
