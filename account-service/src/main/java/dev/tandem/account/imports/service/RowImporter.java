package dev.tandem.account.imports.service;

import dev.tandem.account.imports.domain.ImportKind;
import java.util.Map;

/**
 * How rows of one {@link ImportKind} become changes: each row is read into an item on its own, then a chunk of items
 * is applied in one transaction through the owning service, exactly as its PUT would apply them: over JDBC at database
 * speed ({@link BulkRowImporter}) or through the service's reactive batch ({@link SessionRowImporter}).
 *
 * @param <T> the service's batch item
 */
interface RowImporter<T> {

    ImportKind kind();

    /** The row, keyed by column, as an item; or why it cannot be one. */
    T read(Map<String, String> row) throws RowRejected;
}
