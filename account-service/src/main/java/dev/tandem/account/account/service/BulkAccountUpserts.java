package dev.tandem.account.account.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.repository.AccountTable;
import dev.tandem.account.account.service.AccountService.BatchUpsert;
import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.platform.profile.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bulk import's path for accounts: a chunk of upserts applied exactly as {@link AccountService#upsert} would apply
 * them one after another (a later row may repeat an earlier one's account), with the same events in the same order
 * and the same audit entries, but over JDBC: one locking read for the chunk, the changes made in memory, then one
 * COPY and one upsert for the accounts and a COPY each for their events and audit entries. Blocks.
 */
@ApplicationScoped
public class BulkAccountUpserts {

    private final AccountTable table;
    private final Changes changes;
    private final Clock clock;

    public BulkAccountUpserts(AccountTable table, Changes changes, Clock clock) {
        this.table = table;
        this.changes = changes;
        this.clock = clock;
    }

    /** Upserts {@code batch} in the JDBC transaction of {@code connection}, audited for {@code actor}. */
    public void upsertAll(Connection connection, List<BatchUpsert> batch, Actor actor) throws SQLException {
        Stage stage = Stage.begin("lock read");
        Map<String, Account> byExternalId = table.lockByExternalIds(
                connection, batch.stream().map(BatchUpsert::externalId).toList());
        stage = stage.next("decide in memory");
        Map<UUID, Account> changed = new LinkedHashMap<>();
        Changes.Batch log = changes.batch(actor);
        for (BatchUpsert item : batch) {
            Account account = byExternalId.get(item.externalId());
            if (account == null) {
                account = AccountService.newAccount(item.externalId(), item.details(), clock.instant());
                byExternalId.put(account.externalId, account);
                // A batch log holds what it is told at once: there is nothing to wait for.
                AccountService.recordCreated(account, log);
            } else if (item.details().matches(account)) {
                continue;
            } else {
                AccountService.applyChange(account, item.details(), clock.instant(), log);
            }
            changed.put(account.id, account);
        }
        stage.done();
        table.upsertAll(connection, changed.values());
        log.flush(connection);
    }
}
