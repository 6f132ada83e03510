package dev.tandem.account.lifecycle.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.audit.service.AuditLog;
import dev.tandem.account.audit.service.ChangeLog;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.account.contract.repository.ContractRepository;
import dev.tandem.account.contract.service.ContractFollower;
import dev.tandem.account.lifecycle.config.LifecycleConfig;
import dev.tandem.account.lifecycle.domain.Lifecycle;
import dev.tandem.account.lifecycle.domain.Standing;
import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.account.segment.repository.TouchModelBandsRepository;
import dev.tandem.account.segment.repository.TouchModelBandsTable;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.StageChanged;
import dev.tandem.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps what follows from an account's contracts in step with them: ARR, next renewal, touch model, lifecycle stage
 * and the free-to-paid conversion. Stage and segment changes are announced as events of their own. Call it inside
 * the transaction that changed the contracts.
 */
@ApplicationScoped
public class AccountStanding implements ContractFollower {

    private final ContractRepository contracts;
    private final TouchModelBandsRepository bands;
    private final TouchModelBandsTable bandsTable;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Changes changes;
    private final Lifecycle lifecycle;
    private final Standing standing;
    private final Clock clock;

    public AccountStanding(
            ContractRepository contracts,
            TouchModelBandsRepository bands,
            TouchModelBandsTable bandsTable,
            Outbox outbox,
            AuditLog audit,
            Changes changes,
            LifecycleConfig config,
            Clock clock) {
        this.contracts = contracts;
        this.bands = bands;
        this.bandsTable = bandsTable;
        this.outbox = outbox;
        this.audit = audit;
        this.changes = changes;
        this.lifecycle = new Lifecycle(config.renewalWindowDays());
        this.standing = new Standing(lifecycle);
        this.clock = clock;
    }

    @Override
    public Uni<Account> contractsChanged(Account account, ChangeLog log) {
        return refresh(account, log);
    }

    /**
     * Brings the account's ARR, next renewal, touch model and stage in step with its contracts and today's date,
     * audited for the current caller.
     */
    public Uni<Account> refresh(Account account) {
        return refresh(account, changes);
    }

    private Uni<Account> refresh(Account account, ChangeLog log) {
        return contracts
                .listByAccount(account.id)
                .chain(all -> bands.current()
                        .chain(touchBands ->
                                announce(account, standing.follow(account, all, touchBands, clock.instant()), log)));
    }

    @Override
    public InMemory inMemory(Connection connection) throws SQLException {
        TouchModelBands touchBands = bandsTable.current(connection);
        // A batch log holds what it is told at once: there is nothing to wait for.
        return (account, all, log) -> standing.follow(account, all, touchBands, clock.instant())
                .forEach(change -> log.record(change.event(), account.id, change.action(), change.summary()));
    }

    /** Moves an onboarding account on once its onboarding program ended ({@code outcome} says how, for the event). */
    public Uni<Account> onboardingEnded(Account account, String outcome) {
        return contracts.listByAccount(account.id).chain(all -> {
            Instant now = clock.instant();
            LifecycleStage previous = account.stage;
            account.stage =
                    lifecycle.onboardingEnded(previous, Standing.facts(all), LocalDate.ofInstant(now, ZoneOffset.UTC));
            if (account.stage == previous) {
                return Uni.createFrom().item(account);
            }
            account.updatedAt = now;
            return outbox.append(new StageChanged(account.id, previous, account.stage, outcome, now))
                    .chain(() -> recordStage(account, previous, outcome))
                    .replaceWith(account);
        });
    }

    private static Uni<Account> announce(Account account, List<Standing.Announcement> changes, ChangeLog log) {
        Uni<?> recorded = Uni.createFrom().voidItem();
        for (Standing.Announcement change : changes) {
            recorded = recorded.chain(() -> log.record(change.event(), account.id, change.action(), change.summary()));
        }
        return recorded.replaceWith(account);
    }

    private Uni<Void> recordStage(Account account, LifecycleStage previous, String reason) {
        return audit.record(account.id, "stage.changed", Standing.stageSummary(account, previous, reason));
    }
}
