package dev.tandem.health.analysis.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the outcomes an analysis learns from: the contract terms that ended between two days, of accounts still known
 * (an erased account's outcomes stay, but nothing ties them to its measures any more).
 */
@ApplicationScoped
public class OutcomeReader {

    /** One outcome with the vendor's id of its account, as scoring names accounts. */
    public record Outcome(String account, LocalDate on, boolean churned) {}

    /** How many outcomes churned and how many kept the customer. */
    public record Counts(int churned, int retained) {}

    private static final String OF_KNOWN_ACCOUNTS = " FROM contract_outcome o"
            + " JOIN account_ref a ON a.account_id = o.account_id AND NOT a.erased"
            + " WHERE o.outcome_on BETWEEN :from AND :to";

    /** Call inside a session. */
    public Uni<Counts> count(LocalDate from, LocalDate to) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT count(*) FILTER (WHERE o.outcome = 'CHURNED'),"
                                        + " count(*) FILTER (WHERE o.outcome <> 'CHURNED')" + OF_KNOWN_ACCOUNTS,
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getSingleResult())
                .map(row -> new Counts(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
    }

    /** Call inside a session; oldest first. */
    public Uni<List<Outcome>> between(LocalDate from, LocalDate to) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT a.external_id, o.outcome_on, o.outcome = 'CHURNED'" + OF_KNOWN_ACCOUNTS
                                        + " ORDER BY o.outcome_on, a.external_id",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Outcome((String) row[0], (LocalDate) row[1], (Boolean) row[2]))
                        .toList());
    }
}
