package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.platform.problem.FieldError;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A kind whose chunks go over JDBC: COPY into a staging table, set-based upserts, events and audit entries in bulk,
 * in the chunk's transaction with its row errors and the job's progress.
 *
 * @param <T> the service's batch item
 */
interface BulkRowImporter<T> extends RowImporter<T> {

    /**
     * Applies {@code items} in the JDBC transaction of {@code connection}, audited for {@code actor}; blocks.
     *
     * @return why some items were not applied, by their index in {@code items}
     */
    Map<Integer, FieldError> apply(Connection connection, List<T> items, Actor actor) throws SQLException;
}
