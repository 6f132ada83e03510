package dev.tandem.health.scoring.repository;

import dev.tandem.health.scoring.domain.DailyValues;
import dev.tandem.health.scoring.domain.DayRange;
import dev.tandem.health.scoring.domain.MetricReadPlan;
import io.smallrye.mutiny.Uni;
import java.util.Collection;

/** Where a kind of subject's measure values come from: accounts' aggregates, or end users' own. */
public interface MetricSource<S> {

    /** The vendor's id of the account whose scorecard judges the subject. */
    String accountOf(S subject);

    /**
     * The values the plan asks for on each day of {@code days}, each over its window ending that day, with what else
     * decides what a measure counts (data sources, manual points) for {@code subjects}; call inside a session.
     */
    Uni<DailyValues<S>> read(MetricReadPlan<S> plan, Collection<S> subjects, DayRange days);
}
