package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.platform.problem.FieldError;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;

/**
 * A kind whose chunks go through the owning service's reactive batch upsert, in the current Hibernate Reactive
 * transaction.
 *
 * @param <T> the service's batch item
 */
interface SessionRowImporter<T> extends RowImporter<T> {

    /**
     * Applies {@code items} in the current transaction, audited for {@code actor}.
     *
     * @return why some items were not applied, by their index in {@code items}
     */
    Uni<Map<Integer, FieldError>> apply(List<T> items, Actor actor);
}
