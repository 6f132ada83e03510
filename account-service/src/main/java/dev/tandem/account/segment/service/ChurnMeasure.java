package dev.tandem.account.segment.service;

import dev.tandem.account.retention.config.RetentionConfig;
import dev.tandem.account.retention.domain.Breakdown;
import dev.tandem.account.retention.domain.Movements;
import dev.tandem.account.retention.domain.Period;
import dev.tandem.account.retention.repository.Group;
import dev.tandem.account.retention.repository.PeriodFiguresRepository;
import dev.tandem.account.segment.domain.ChurnEvidence;
import dev.tandem.account.segment.domain.Lifetimes;
import dev.tandem.platform.problem.UnprocessableException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Measures the lifetimes LTV bands need: the logo churn of the book and of each plan over the last 365 days. */
@ApplicationScoped
public class ChurnMeasure {

    private final PeriodFiguresRepository figures;
    private final RetentionConfig config;

    public ChurnMeasure(PeriodFiguresRepository figures, RetentionConfig config) {
        this.figures = figures;
        this.config = config;
    }

    /** Over the 365 days ending {@code asOf}, as LTV reports measure it; 422 when no logo churned in them. */
    public Uni<Lifetimes> lastYear(LocalDate asOf) {
        Period year = new Period(asOf.minusDays(364), asOf);
        return figures.prepareForFigures(config.queryMemory())
                .chain(() -> figures.movements(year, List.of(Breakdown.PLAN)))
                .map(movements -> {
                    Movements book = movements.getOrDefault(Group.ALL, Movements.NONE);
                    if (book.churnedLogos() == 0) {
                        throw new UnprocessableException(("basis LTV: no logo churned in the 365 days ending %s, so no"
                                        + " lifetime can be expected yet; set the bands by ARR")
                                .formatted(asOf));
                    }
                    Map<String, ChurnEvidence> byPlan = new HashMap<>();
                    movements.forEach((group, plan) -> {
                        if (group.by() == Breakdown.PLAN && group.key() != null) {
                            byPlan.put(group.key(), new ChurnEvidence(plan.startingLogos(), plan.churnedLogos()));
                        }
                    });
                    return new Lifetimes(
                            asOf,
                            config.grossMargin(),
                            new ChurnEvidence(book.startingLogos(), book.churnedLogos()),
                            byPlan);
                });
    }
}
