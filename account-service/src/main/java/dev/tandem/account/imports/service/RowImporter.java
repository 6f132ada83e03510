package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.platform.problem.FieldError;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;

/**
 * How rows of one {@link ImportKind} become changes: each row is read into an item on its own, then a chunk of items
 * is applied in one transaction through the owning service, exactly as its PUT would apply them.
 *
 * @param <T> the service's batch item
 */
interface RowImporter<T> {

    ImportKind kind();

    /** The row, keyed by column, as an item; or why it cannot be one. */
    T read(Map<String, String> row) throws RowRejected;

    /**
     * Applies {@code items} in the current transaction, audited for {@code actor}.
     *
     * @return why some items were not applied, by their index in {@code items}
     */
    Uni<Map<Integer, FieldError>> apply(List<T> items, Actor actor);
}
