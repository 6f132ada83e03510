package dev.tandem.health.scoring.repository;

import dev.tandem.health.scoring.domain.MeasureValues;
import dev.tandem.health.scoring.domain.MetricReadPlan;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;

/** Where a kind of subject's measure values come from: accounts' aggregates, or end users' own. */
public interface MetricSource<S> {

    /** The vendor's id of the account whose scorecard judges the subject. */
    String accountOf(S subject);

    /** The values the plan asks for, each over its window ending {@code day}; call inside a session. */
    Uni<MeasureValues<S>> read(MetricReadPlan<S> plan, LocalDate day);
}
