package dev.tandem.account.segment.repository;

import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.account.segment.domain.TouchModelBandsRow;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class TouchModelBandsRepository implements PanacheRepositoryBase<TouchModelBandsRow, Integer> {

    /** The configured bands; the defaults if the row is missing. */
    public Uni<TouchModelBands> current() {
        return findById(TouchModelBandsRow.ONLY).map(row -> row == null ? TouchModelBands.DEFAULT : row.toBands());
    }
}
