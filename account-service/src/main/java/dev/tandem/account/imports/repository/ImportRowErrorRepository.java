package dev.tandem.account.imports.repository;

import dev.tandem.account.imports.domain.ImportRowError;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ImportRowErrorRepository implements PanacheRepositoryBase<ImportRowError, UUID> {

    /** Up to {@code limit} of a job's row errors in row order, after the given row and error id if any. */
    public Uni<List<ImportRowError>> page(UUID jobId, Integer afterRow, UUID afterId, int limit) {
        Parameters parameters = Parameters.with("job", jobId);
        String condition = "jobId = :job";
        if (afterRow != null) {
            condition += " and (rowNumber > :row or (rowNumber = :row and id > :id))";
            parameters.and("row", afterRow).and("id", afterId);
        }
        return find(condition + " order by rowNumber, id", parameters)
                .range(0, limit - 1)
                .list();
    }
}
