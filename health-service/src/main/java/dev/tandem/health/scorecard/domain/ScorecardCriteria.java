package dev.tandem.health.scorecard.domain;

import java.util.List;

/**
 * Which accounts a scorecard judges: those in one of {@code stages}, one of {@code touchModels} and on one of
 * {@code plans}. An empty list means any; all empty means every account.
 */
public record ScorecardCriteria(List<String> stages, List<String> touchModels, List<String> plans) {

    public static final ScorecardCriteria ANY = new ScorecardCriteria(List.of(), List.of(), List.of());

    public ScorecardCriteria {
        stages = stages == null ? List.of() : List.copyOf(stages);
        touchModels = touchModels == null ? List.of() : List.copyOf(touchModels);
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    public boolean matches(AccountSegment account) {
        return admits(stages, account.stage())
                && admits(touchModels, account.touchModel())
                && admits(plans, account.plan());
    }

    private static boolean admits(List<String> allowed, String value) {
        // An account not announced yet has no facts: only a criterion that asks nothing admits it.
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
