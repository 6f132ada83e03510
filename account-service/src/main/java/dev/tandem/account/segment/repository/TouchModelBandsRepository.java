package dev.tandem.account.segment.repository;

import dev.tandem.account.segment.domain.BandBasis;
import dev.tandem.account.segment.domain.PlanChurn;
import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.account.segment.domain.TouchModelBandsRow;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
public class TouchModelBandsRepository implements PanacheRepositoryBase<TouchModelBandsRow, Integer> {

    /** The configured bands (LTV bands with the churn they were measured with); the defaults if the row is missing. */
    public Uni<TouchModelBands> current() {
        return findById(TouchModelBandsRow.ONLY).chain(row -> {
            if (row == null) {
                return Uni.createFrom().item(TouchModelBands.DEFAULT);
            }
            if (row.basis == BandBasis.ARR) {
                return Uni.createFrom().item(row.toBands(List.of()));
            }
            return getSession()
                    .chain(session -> session.createSelectionQuery("FROM PlanChurn", PlanChurn.class)
                            .getResultList())
                    .map(row::toBands);
        });
    }

    /** Stores {@code bands} in place of the ones in force, with their plans' churn when they are LTV bands. */
    public Uni<Void> replace(TouchModelBands bands) {
        return findById(TouchModelBandsRow.ONLY)
                .chain(row -> {
                    TouchModelBandsRow stored = row == null ? new TouchModelBandsRow() : row;
                    stored.set(bands);
                    return persist(stored);
                })
                .chain(() -> getSession())
                .chain(session -> session.createMutationQuery("DELETE FROM PlanChurn")
                        .executeUpdate()
                        .chain(() -> bands.lifetimes() == null
                                ? Uni.createFrom().voidItem()
                                : session.persistAll(bands.lifetimes().byPlan().entrySet().stream()
                                        .map(e -> PlanChurn.of(e.getKey(), e.getValue()))
                                        .toArray())));
    }
}
