package dev.tandem.account.audit.service;

import dev.tandem.account.audit.domain.AuditEntry;
import dev.tandem.account.audit.repository.AuditEntryRepository;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reading an account's audit entries, newest first. */
@ApplicationScoped
public class AuditTrail {

    /** The actions a contract's upsert audits: {@code contract.started}, {@code .changed}, {@code .renewed}, {@code .ended}. */
    private static final String CONTRACT_ACTIONS = "contract.";

    private final AuditedAccounts accounts;
    private final AuditEntryRepository entries;

    public AuditTrail(AuditedAccounts accounts, AuditEntryRepository entries) {
        this.accounts = accounts;
        this.entries = entries;
    }

    /**
     * The account's contract changes (started, changed, renewed, ended) at or before {@code before}, newest first, at
     * most {@code limit}: what the account timeline shows of contracts.
     */
    public Uni<List<AuditEntry>> contractChanges(String accountExternalId, Instant before, int limit) {
        return accounts.requireId(accountExternalId)
                .chain(accountId -> entries.ofKind(accountId, CONTRACT_ACTIONS, before, limit));
    }

    public Uni<Page<AuditEntry>> of(String accountExternalId, int first, String after) {
        Long beforeId =
                after == null ? null : Cursor.longPart(Cursor.decode(after, 1).get(0));
        return accounts.requireId(accountExternalId)
                .chain(accountId -> entries.page(accountId, beforeId, first + 1))
                .map(found -> Page.of(found, first, entry -> Cursor.encode(List.of(entry.id.toString()))));
    }
}
