package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.imports.domain.ImportRowError;
import dev.tandem.account.imports.repository.ImportChunkStore;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.profile.Stage;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Applies a chunk of a {@link RowImporter} kind over JDBC: its items, the row errors kept and the job's progress
 * in one transaction, so that a failure changes nothing of the chunk. A worker that finds its job taken over rolls the
 * chunk back: the new holder applies those rows itself. Blocks, so it runs on a worker thread.
 */
@ApplicationScoped
class BulkChunks {

    private final AgroalDataSource dataSource;
    private final ImportChunkStore store;
    private final Clock clock;

    BulkChunks(AgroalDataSource dataSource, ImportChunkStore store, Clock clock) {
        this.dataSource = dataSource;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param kept the row errors to store, given all the rejected rows of the chunk by row number
     * @return false when another worker run has taken the job over
     */
    <T> boolean apply(
            UUID jobId,
            UUID token,
            Actor actor,
            RowImporter<T> importer,
            ReadChunk<T> chunk,
            Function<Map<Integer, List<FieldError>>, List<ImportRowError>> kept) {
        Stage stage = Stage.begin("borrow a connection");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            stage.done();
            try {
                if (!chunk.items.isEmpty()) {
                    chunk.refuse(importer.apply(connection, chunk.items, actor));
                }
                stage = Stage.begin("job bookkeeping");
                store.recordErrors(connection, kept.apply(chunk.rejected));
                boolean held =
                        store.advance(connection, jobId, token, chunk.rowCount, chunk.rejected.size(), clock.instant());
                stage = stage.next("commit");
                if (held) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                stage.done();
                return held;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The chunk could not be applied", e);
        }
    }
}
