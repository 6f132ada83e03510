package dev.tandem.account.account.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.domain.AccountDetails;
import dev.tandem.account.account.domain.AccountFilter;
import dev.tandem.account.account.domain.AccountPatch;
import dev.tandem.account.account.domain.AccountPosition;
import dev.tandem.account.account.domain.AccountSort;
import dev.tandem.account.account.domain.ListedAccount;
import dev.tandem.account.account.repository.AccountRepository;
import dev.tandem.account.audit.service.ChangeLog;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.TouchModel;
import dev.tandem.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Accounts as integrators see them: idempotent upserts by external id, each real change announced once. */
@ApplicationScoped
public class AccountService {

    private final AccountRepository accounts;
    private final Changes changes;
    private final Clock clock;

    public AccountService(AccountRepository accounts, Changes changes, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Creates or updates the account with {@code externalId}. Repeating the same upsert changes nothing and emits
     * nothing, so integrators may retry freely.
     */
    @WithTransaction
    public Uni<UpsertResult> upsert(String externalId, AccountDetails details) {
        return accounts.findByExternalId(externalId)
                .chain(existing ->
                        existing == null ? create(externalId, details, changes) : update(existing, details, changes));
    }

    /** One account of a batch: the vendor's id and what the vendor states about it. */
    public record BatchUpsert(String externalId, AccountDetails details) {}

    public Uni<Account> get(String externalId) {
        return accounts.requireByExternalId(externalId);
    }

    /** Assigns the CSM or sets the community flag; each real change is announced and audited. */
    @WithTransaction
    public Uni<Account> patch(String externalId, AccountPatch patch) {
        return get(externalId).chain(account -> {
            Instant now = clock.instant();
            Uni<Void> recorded = Uni.createFrom().voidItem();
            if (patch.csmId().isPresent() && !Objects.equals(patch.csmId().get().orElse(null), account.csmId)) {
                String previous = account.csmId;
                account.csmId = patch.csmId().get().orElse(null);
                recorded = recorded.chain(() -> changes.record(
                        new CsmAssigned(account.id, previous, account.csmId, now),
                        account.id,
                        "csm.assigned",
                        "CSM %s -> %s".formatted(previous, account.csmId)));
            }
            if (patch.community() != null && patch.community() != account.community) {
                account.community = patch.community();
                recorded = recorded.chain(() -> changes.record(
                        new SegmentChanged(account.id, account.touchModel, account.touchModel, account.community, now),
                        account.id,
                        "community.changed",
                        "community member: " + account.community));
            }
            account.updatedAt = now;
            return recorded.replaceWith(account);
        });
    }

    /** One page of the accounts matching {@code filter}, in {@code sort}'s order. */
    public Uni<Page<Account>> list(AccountFilter filter, AccountSort sort, int first, String after) {
        AccountPosition position = after == null ? null : AccountCursor.position(sort, after);
        return accounts.search(filter, sort, position, first + 1)
                .map(found -> Page.of(found, first, last -> AccountCursor.after(sort, last))
                        .map(ListedAccount::account));
    }

    private Uni<UpsertResult> create(String externalId, AccountDetails details, ChangeLog log) {
        Account account = newAccount(externalId, details, clock.instant());
        return accounts.persist(account)
                .chain(saved -> recordCreated(saved, log))
                .replaceWith(new UpsertResult(account, true));
    }

    /** A new account as an upsert makes it, not yet stored. */
    static Account newAccount(String externalId, AccountDetails details, Instant now) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.externalId = externalId;
        details.applyTo(account);
        account.stage = details.initialStage();
        // No contract yet means no ARR, which is the tech-touch band until contracts say otherwise.
        account.touchModel = TouchModel.TECH;
        // An account older than its first PUT (a first sync) is dated from its sign-up.
        account.createdAt = details.signedUpAt() == null ? now : details.signedUpAt();
        account.updatedAt = now;
        return account;
    }

    static Uni<Void> recordCreated(Account account, ChangeLog log) {
        return log.record(
                AccountEvents.created(account), account.id, "account.created", "created on plan " + account.plan);
    }

    private Uni<UpsertResult> update(Account account, AccountDetails details, ChangeLog log) {
        if (details.matches(account)) {
            return Uni.createFrom().item(new UpsertResult(account, false));
        }
        return applyChange(account, details, clock.instant(), log).replaceWith(new UpsertResult(account, false));
    }

    /** Changes {@code account} to {@code details}, which it does not match yet, and records the change. */
    static Uni<Void> applyChange(Account account, AccountDetails details, Instant now, ChangeLog log) {
        Map<String, Object> before = AccountEvents.fields(account);
        details.applyTo(account);
        account.updatedAt = now;
        return log.record(
                AccountEvents.updated(account, before),
                account.id,
                "account.updated",
                "details updated, plan " + account.plan);
    }
}
