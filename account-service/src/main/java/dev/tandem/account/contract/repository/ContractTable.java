package dev.tandem.account.contract.repository;

import dev.tandem.account.contract.domain.Contract;
import dev.tandem.events.account.ContractStatus;
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
 * The contract table over JDBC, for the bulk import: a chunk's accounts' contracts are read, locked, with one query,
 * and written back by set through a {@link StagingTable}. Blocks; call in the caller's transaction.
 */
@ApplicationScoped
public class ContractTable {

    private static final List<String> COLUMNS = List.of(
            "id",
            "account_id",
            "external_id",
            "plan",
            "arr",
            "currency",
            "seats",
            "start_date",
            "renewal_date",
            "auto_renew",
            "status",
            "end_reason",
            "created_at",
            "updated_at");

    private static final StagingTable<Contract> STAGED =
            new StagingTable<>("contract", "staged_contract", COLUMNS, c -> new Object[] {
                c.id,
                c.accountId,
                c.externalId,
                c.plan,
                c.arr,
                c.currency,
                c.seats,
                c.startDate,
                c.renewalDate,
                c.autoRenew,
                c.status,
                c.endReason,
                c.createdAt,
                c.updatedAt
            });

    /** An existing contract takes all the vendor states; its ids and creation stay. */
    private static final String UPSERT = STAGED.upsert(
            "id",
            List.of(
                    "plan",
                    "arr",
                    "currency",
                    "seats",
                    "start_date",
                    "renewal_date",
                    "auto_renew",
                    "status",
                    "end_reason",
                    "updated_at"));

    /**
     * All the contracts of these accounts, by account, locked in the order any other chunk locks them. The accounts
     * are locked already; the contracts are too, so that a contract's PUT waits for the chunk.
     */
    public Map<UUID, List<Contract>> lockByAccounts(Connection connection, Collection<UUID> accountIds)
            throws SQLException {
        Map<UUID, List<Contract>> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + String.join(", ", COLUMNS)
                + " FROM contract WHERE account_id = ANY (?) ORDER BY account_id, external_id FOR UPDATE")) {
            query.setArray(1, connection.createArrayOf("uuid", new LinkedHashSet<>(accountIds).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Contract contract = read(rows);
                    found.computeIfAbsent(contract.accountId, account -> new ArrayList<>())
                            .add(contract);
                }
            }
        }
        return found;
    }

    /** Inserts the new contracts and updates the changed ones, as the objects hold them. */
    public void upsertAll(Connection connection, Collection<Contract> contracts) throws SQLException {
        STAGED.write(connection, contracts, UPSERT);
    }

    private static Contract read(ResultSet row) throws SQLException {
        Contract contract = new Contract();
        contract.id = row.getObject("id", UUID.class);
        contract.accountId = row.getObject("account_id", UUID.class);
        contract.externalId = row.getString("external_id");
        contract.plan = row.getString("plan");
        contract.arr = row.getBigDecimal("arr");
        contract.currency = row.getString("currency");
        contract.seats = row.getInt("seats");
        contract.startDate = row.getObject("start_date", LocalDate.class);
        contract.renewalDate = row.getObject("renewal_date", LocalDate.class);
        contract.autoRenew = row.getBoolean("auto_renew");
        contract.status = ContractStatus.valueOf(row.getString("status"));
        contract.endReason = row.getString("end_reason");
        contract.createdAt = row.getTimestamp("created_at").toInstant();
        contract.updatedAt = row.getTimestamp("updated_at").toInstant();
        return contract;
    }
}
