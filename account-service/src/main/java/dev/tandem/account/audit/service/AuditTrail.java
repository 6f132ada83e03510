package dev.tandem.account.audit.service;

import dev.tandem.account.audit.domain.AuditEntry;
import dev.tandem.account.audit.repository.AuditEntryRepository;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reading an account's audit entries, newest first. */
@ApplicationScoped
public class AuditTrail {

    private final AuditedAccounts accounts;
    private final AuditEntryRepository entries;

    public AuditTrail(AuditedAccounts accounts, AuditEntryRepository entries) {
        this.accounts = accounts;
        this.entries = entries;
    }

    public Uni<Page<AuditEntry>> of(String accountExternalId, int first, String after) {
        Long beforeId =
                after == null ? null : Cursor.longPart(Cursor.decode(after, 1).get(0));
        return accounts.requireId(accountExternalId)
                .chain(accountId -> entries.page(accountId, beforeId, first + 1))
                .map(found -> Page.of(found, first, entry -> Cursor.encode(List.of(entry.id.toString()))));
    }
}
