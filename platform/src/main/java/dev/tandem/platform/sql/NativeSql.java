package dev.tandem.platform.sql;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;

/**
 * A native statement whose named parameters come from a map, run in the current reactive session (and its
 * transaction, if any): for statements assembled from optional parts, whose parameters vary with them.
 */
public final class NativeSql {

    private NativeSql() {}

    /** The rows of a query, each as its columns in select order. */
    public static Uni<List<Object[]>> rows(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /** Runs an insert, update or delete. */
    public static Uni<Void> execute(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate().replaceWithVoid();
        });
    }
}
