package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.platform.problem.FieldError;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * How rows of one {@link ImportKind} become changes: each row is read into an item on its own, then a chunk of items
 * is applied through the owning feature's bulk path, exactly as its PUT would apply them, but over JDBC at database
 * speed: COPY into a staging table, set-based upserts, events and audit entries in bulk, in the chunk's transaction
 * with its row errors and the job's progress.
 *
 * @param <T> the service's batch item
 */
interface RowImporter<T> {

    ImportKind kind();

    /** The row, keyed by column, as an item; or why it cannot be one. */
    T read(Map<String, String> row) throws RowRejected;

    /**
     * Applies {@code items} in the JDBC transaction of {@code connection}, audited for {@code actor}; blocks.
     *
     * @return why some items were not applied, by their index in {@code items}
     */
    Map<Integer, FieldError> apply(Connection connection, List<T> items, Actor actor) throws SQLException;
}
