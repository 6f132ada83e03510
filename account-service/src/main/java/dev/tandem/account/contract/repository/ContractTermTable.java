package dev.tandem.account.contract.repository;

import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.contract.domain.TermOutcome;
import dev.tandem.platform.sql.StagingTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Contract terms over JDBC, for the bulk import: a chunk's contracts' terms are read with one query and written back
 * by set through {@link StagingTable}s, with the accounts' health bands their outcomes note. Blocks; call in the
 * caller's transaction.
 */
@ApplicationScoped
public class ContractTermTable {

    private static final List<String> COLUMNS = List.of(
            "id",
            "contract_id",
            "account_id",
            "plan",
            "arr",
            "starts_on",
            "scheduled_end",
            "ends_on",
            "outcome",
            "arr_after",
            "reason",
            "amended",
            "band_at_outcome");

    private static final StagingTable<ContractTerm> CHANGED =
            new StagingTable<>("contract_term", "staged_contract_term_changed", COLUMNS, ContractTermTable::values);

    private static final StagingTable<ContractTerm> ADDED =
            new StagingTable<>("contract_term", "staged_contract_term_added", COLUMNS, ContractTermTable::values);

    /** A term's ids and its contract stay; what the ledger decides changes. */
    private static final String UPDATE = CHANGED.update("id", COLUMNS.subList(3, COLUMNS.size()));

    /** The contracts' terms, by contract, each contract's oldest first (as {@link ContractTermRepository} reads them). */
    public Map<UUID, List<ContractTerm>> byContracts(Connection connection, Collection<UUID> contractIds)
            throws SQLException {
        Map<UUID, List<ContractTerm>> found = new HashMap<>();
        if (contractIds.isEmpty()) {
            return found;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + String.join(", ", COLUMNS)
                + " FROM contract_term WHERE contract_id = ANY (?) ORDER BY contract_id, starts_on, id")) {
            query.setArray(1, connection.createArrayOf("uuid", new LinkedHashSet<>(contractIds).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ContractTerm term = read(rows);
                    found.computeIfAbsent(term.contractId, contract -> new ArrayList<>())
                            .add(term);
                }
            }
        }
        return found;
    }

    /** The accounts' health bands as health-service last announced them, by account; none when N/A or never heard. */
    public Map<UUID, String> currentBands(Connection connection, Collection<UUID> accountIds) throws SQLException {
        Map<UUID, String> found = new HashMap<>();
        try (PreparedStatement query =
                connection.prepareStatement("SELECT account_id, band FROM account_health WHERE account_id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("uuid", new LinkedHashSet<>(accountIds).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject("account_id", UUID.class), rows.getString("band"));
                }
            }
        }
        return found;
    }

    /**
     * Stores what the ledger did: the {@code changed} terms first, so that a closed term stops being its contract's
     * running one before the {@code added} terms, its successors among them, are inserted.
     */
    public void write(Connection connection, Collection<ContractTerm> changed, Collection<ContractTerm> added)
            throws SQLException {
        CHANGED.write(connection, changed, UPDATE);
        ADDED.write(connection, added, ADDED.insert());
    }

    private static Object[] values(ContractTerm t) {
        return new Object[] {
            t.id,
            t.contractId,
            t.accountId,
            t.plan,
            t.arr,
            t.startsOn,
            t.scheduledEnd,
            t.endsOn,
            t.outcome,
            t.arrAfter,
            t.reason,
            t.amended,
            t.bandAtOutcome
        };
    }

    private static ContractTerm read(ResultSet row) throws SQLException {
        ContractTerm term = new ContractTerm();
        term.id = row.getObject("id", UUID.class);
        term.contractId = row.getObject("contract_id", UUID.class);
        term.accountId = row.getObject("account_id", UUID.class);
        term.plan = row.getString("plan");
        term.arr = row.getBigDecimal("arr");
        term.startsOn = row.getObject("starts_on", LocalDate.class);
        term.scheduledEnd = row.getObject("scheduled_end", LocalDate.class);
        term.endsOn = row.getObject("ends_on", LocalDate.class);
        String outcome = row.getString("outcome");
        term.outcome = outcome == null ? null : TermOutcome.valueOf(outcome);
        term.arrAfter = row.getBigDecimal("arr_after");
        term.reason = row.getString("reason");
        term.amended = row.getBoolean("amended");
        term.bandAtOutcome = row.getString("band_at_outcome");
        return term;
    }
}
