package dev.tandem.account.account.repository;

import dev.tandem.account.account.domain.Account;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.platform.sql.StagingTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The account table over JDBC, for the bulk import: a chunk's accounts are read, locked, with one query, and written
 * back by set through a {@link StagingTable}. Blocks; call in the caller's
 * transaction.
 */
@ApplicationScoped
public class AccountTable {

    /** What an upsert writes: the integrator's fields and what the account's events carry. */
    private static final List<String> COLUMNS = List.of(
            "id",
            "external_id",
            "name",
            "industry",
            "employee_band",
            "billing_model",
            "plan",
            "stage",
            "touch_model",
            "community",
            "csm_id",
            "cohort",
            "created_at",
            "updated_at");

    /** What a read for an upsert takes: the above, and what the account's contracts decide, for a contracts file. */
    private static final String READ = String.join(", ", COLUMNS) + ", arr, next_renewal_date, converted_on";

    /**
     * Rows the upsert does not name (ARR, renewal, conversion) take the table's defaults, as a new account's do. An
     * existing account takes only what an integrator owns; the rest (stage, CSM, ARR...) is not the import's.
     */
    private static final StagingTable<Account> UPSERTED =
            new StagingTable<>("account", "staged_account", COLUMNS, a -> new Object[] {
                a.id,
                a.externalId,
                a.name,
                a.industry,
                a.employeeBand,
                a.billingModel,
                a.plan,
                a.stage,
                a.touchModel,
                a.community,
                a.csmId,
                a.cohort,
                a.createdAt,
                a.updatedAt
            });

    private static final String UPSERT =
            UPSERTED.upsert("id", List.of("name", "industry", "employee_band", "billing_model", "plan", "updated_at"));

    /** What an account's contracts decide: its standing, as a contracts chunk leaves it. */
    private static final List<String> STANDING =
            List.of("id", "arr", "next_renewal_date", "touch_model", "stage", "converted_on", "cohort", "updated_at");

    private static final StagingTable<Account> STOOD =
            new StagingTable<>("account", "staged_account_standing", STANDING, a -> new Object[] {
                a.id, a.arr, a.nextRenewalDate, a.touchModel, a.stage, a.convertedOn, a.cohort, a.updatedAt
            });

    private static final String UPDATE_STANDING = STOOD.update("id", STANDING.subList(1, STANDING.size()));

    /**
     * The accounts with these vendor's ids, by that id, locked until the transaction ends so that a concurrent change
     * cannot slip between the read and the write. Locked in the order of those ids, as any other chunk locks them, so that two chunks cannot deadlock.
     */
    public Map<String, Account> lockByExternalIds(Connection connection, Collection<String> externalIds)
            throws SQLException {
        Map<String, Account> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + READ + " FROM account WHERE external_id = ANY (?) ORDER BY external_id FOR UPDATE")) {
            query.setArray(1, connection.createArrayOf("text", new LinkedHashSet<>(externalIds).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Account account = read(rows);
                    found.put(account.externalId, account);
                }
            }
        }
        return found;
    }

    /** The ids of the accounts with these vendor's ids, by that id. */
    public Map<String, UUID> idsByExternalIds(Connection connection, Collection<String> externalIds)
            throws SQLException {
        Map<String, UUID> found = new HashMap<>();
        try (PreparedStatement query =
                connection.prepareStatement("SELECT id, external_id FROM account WHERE external_id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", new LinkedHashSet<>(externalIds).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString("external_id"), rows.getObject("id", UUID.class));
                }
            }
        }
        return found;
    }

    /** Inserts the new accounts and updates the changed ones, all of {@link #COLUMNS} as the objects hold them. */
    public void upsertAll(Connection connection, Collection<Account> accounts) throws SQLException {
        UPSERTED.write(connection, accounts, UPSERT);
    }

    /** Writes what the accounts' contracts decide (ARR, next renewal, touch model, stage, conversion) as held. */
    public void updateStanding(Connection connection, Collection<Account> accounts) throws SQLException {
        STOOD.write(connection, accounts, UPDATE_STANDING);
    }

    private static Account read(ResultSet row) throws SQLException {
        Account account = new Account();
        account.id = row.getObject("id", UUID.class);
        account.externalId = row.getString("external_id");
        account.name = row.getString("name");
        account.industry = row.getString("industry");
        account.employeeBand = row.getString("employee_band");
        account.billingModel = BillingModel.valueOf(row.getString("billing_model"));
        account.plan = row.getString("plan");
        account.stage = LifecycleStage.valueOf(row.getString("stage"));
        account.touchModel = TouchModel.valueOf(row.getString("touch_model"));
        account.community = row.getBoolean("community");
        account.csmId = row.getString("csm_id");
        account.cohort = row.getString("cohort");
        account.createdAt = row.getTimestamp("created_at").toInstant();
        account.updatedAt = row.getTimestamp("updated_at").toInstant();
        account.arr = row.getBigDecimal("arr");
        account.nextRenewalDate = row.getObject("next_renewal_date", LocalDate.class);
        account.convertedOn = row.getObject("converted_on", LocalDate.class);
        return account;
    }
}
