package dev.tandem.account.erasure.service;

import dev.tandem.account.account.repository.AccountRepository;
import dev.tandem.account.audit.service.AuditLog;
import dev.tandem.account.user.domain.EndUser;
import dev.tandem.account.user.repository.EndUserRepository;
import dev.tandem.events.account.AccountErased;
import dev.tandem.events.account.UserErased;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Erasure on request (GDPR Art. 17): personal data goes, counts stay, and every other service is told to erase its
 * copies through {@code user.erased} and {@code account.erased}.
 */
@ApplicationScoped
public class ErasureService {

    private final AccountRepository accounts;
    private final EndUserRepository users;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ErasureService(
            AccountRepository accounts, EndUserRepository users, Outbox outbox, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Void> eraseUser(String accountExternalId, String userExternalId) {
        return accounts.requireByExternalId(accountExternalId)
                .chain(account -> users.findByExternalId(account.id, userExternalId))
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("End user", userExternalId))
                .chain(user -> erase(user, clock.instant()));
    }

    /** Erases the account and every one of its end users. */
    @WithTransaction
    public Uni<Void> eraseAccount(String accountExternalId) {
        Instant now = clock.instant();
        return accounts.requireByExternalId(accountExternalId)
                .chain(account -> users.listByAccount(account.id)
                        .chain(all -> eraseAll(all, now))
                        .chain(() -> {
                            String formerExternalId = account.externalId;
                            account.erase(now);
                            return outbox.append(new AccountErased(account.id, formerExternalId, now))
                                    .chain(() -> audit.record(
                                            account.id, "account.erased", "account and its end users erased"));
                        })
                        .replaceWithVoid());
    }

    private Uni<Void> eraseAll(List<EndUser> all, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (EndUser user : all) {
            if (user.erasedAt == null) {
                chain = chain.chain(() -> erase(user, now));
            }
        }
        return chain;
    }

    private Uni<Void> erase(EndUser user, Instant now) {
        user.erase(now);
        return outbox.append(new UserErased(user.id, user.accountId, now))
                .chain(() -> audit.record(user.accountId, "user.erased", "end user " + user.id + " erased"));
    }
}
