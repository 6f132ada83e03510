package dev.tandem.health.manual.repository;

import dev.tandem.health.manual.domain.ManualValue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CSMs' manual measure values. All calls run inside the caller's session. */
@ApplicationScoped
public class ManualValueRepository {

    private static final String COLUMNS = "account_external_id, measure_key, points, expires_on, note, set_by, set_at";

    /** Each of {@code accounts}' values, by account; an account without any is absent. */
    public Uni<Map<String, List<ManualValue>>> of(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT " + COLUMNS + " FROM manual_measure_value"
                                        + " WHERE account_external_id = ANY(CAST(:accounts AS text[]))",
                                Object[].class)
                        .setParameter("accounts", accounts.toArray(String[]::new))
                        .getResultList())
                .map(rows -> {
                    Map<String, List<ManualValue>> values = new HashMap<>();
                    rows.forEach(r -> values.computeIfAbsent((String) r[0], a -> new ArrayList<>())
                            .add(value(r)));
                    return values;
                });
    }

    public Uni<List<ManualValue>> ofAccount(String account) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT " + COLUMNS + " FROM manual_measure_value WHERE account_external_id = :a"
                                        + " ORDER BY measure_key",
                                Object[].class)
                        .setParameter("a", account)
                        .getResultList())
                .map(rows -> rows.stream().map(ManualValueRepository::value).toList());
    }

    /** Sets the value, replacing the account's earlier one for the measure. */
    public Uni<Void> save(ManualValue value) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("INSERT INTO manual_measure_value (" + COLUMNS + ")"
                                + " VALUES (:a, :k, :p, :e, :n, :by, :at)"
                                + " ON CONFLICT (account_external_id, measure_key) DO UPDATE SET"
                                + " points = excluded.points, expires_on = excluded.expires_on,"
                                + " note = excluded.note, set_by = excluded.set_by, set_at = excluded.set_at")
                        .setParameter("a", value.account())
                        .setParameter("k", value.measureKey())
                        .setParameter("p", value.points())
                        .setParameter("e", value.expiresOn())
                        .setParameter("n", value.note() == null ? "" : value.note())
                        .setParameter("by", value.setBy())
                        .setParameter("at", value.setAt())
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** @return whether there was a value to remove */
    public Uni<Boolean> delete(String account, String measureKey) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "DELETE FROM manual_measure_value WHERE account_external_id = :a AND measure_key = :k")
                        .setParameter("a", account)
                        .setParameter("k", measureKey)
                        .executeUpdate())
                .map(deleted -> deleted > 0);
    }

    private static ManualValue value(Object[] r) {
        return new ManualValue(
                (String) r[0],
                (String) r[1],
                new BigDecimal(r[2].toString()),
                r[3] instanceof Date date ? date.toLocalDate() : (LocalDate) r[3],
                r[4] == null || r[4].toString().isEmpty() ? null : (String) r[4],
                (String) r[5],
                r[6] instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) r[6]);
    }
}
