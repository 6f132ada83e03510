package dev.tandem.cta.timeline.domain;

import dev.tandem.events.account.UserRole;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The end users whose presence makes a touchpoint one with the customer's decision makers: the decision maker, and the
 * executive sponsor where account.events' roles know one.
 */
public final class DecisionMakers {

    private static final Set<String> NAMES = Set.of("DECISION_MAKER", "EXECUTIVE_SPONSOR");

    /** The roles' names, as user_ref keeps them. */
    public static final List<String> ROLES = Arrays.stream(UserRole.values())
            .map(Enum::name)
            .filter(NAMES::contains)
            .toList();

    private DecisionMakers() {}
}
