package dev.tandem.account.account.repository;

import dev.tandem.account.account.domain.AccountFilter;
import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The HQL condition and parameters of an account list: filters plus the keyset position after the previous page. */
record AccountSearch(String condition, Parameters parameters) {

    static AccountSearch of(AccountFilter filter, String afterName, UUID afterId) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.stage() != null) {
            conditions.add("stage = :stage");
            parameters.and("stage", filter.stage());
        }
        if (filter.touchModel() != null) {
            conditions.add("touchModel = :touchModel");
            parameters.and("touchModel", filter.touchModel());
        }
        if (filter.csmId() != null) {
            conditions.add("csmId = :csmId");
            parameters.and("csmId", filter.csmId());
        }
        if (filter.plan() != null) {
            conditions.add("plan = :plan");
            parameters.and("plan", filter.plan());
        }
        if (filter.renewalBefore() != null) {
            conditions.add("nextRenewalDate < :renewalBefore");
            parameters.and("renewalBefore", filter.renewalBefore());
        }
        if (filter.nameContains() != null) {
            conditions.add("lower(name) like lower(:name) escape '!'");
            parameters.and("name", "%" + escapeLike(filter.nameContains()) + "%");
        }
        if (afterId != null) {
            conditions.add("(lower(name) > lower(:afterName) or (lower(name) = lower(:afterName) and id > :afterId))");
            parameters.and("afterName", afterName).and("afterId", afterId);
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return new AccountSearch(where + "order by lower(name), id", parameters);
    }

    /** A name search for "50%" looks for the characters, not for a wildcard. */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
