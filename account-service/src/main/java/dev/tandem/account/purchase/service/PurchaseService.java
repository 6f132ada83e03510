package dev.tandem.account.purchase.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.repository.AccountRepository;
import dev.tandem.account.audit.service.AuditLog;
import dev.tandem.account.purchase.domain.Purchase;
import dev.tandem.account.purchase.domain.PurchaseDetails;
import dev.tandem.account.purchase.domain.RepeatRate;
import dev.tandem.account.purchase.repository.PurchaseRepository;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.PurchaseRecorded;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.problem.ConflictException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One-off purchases as integrators push them from the shop: idempotent upserts by the vendor's order id. A new or
 * corrected purchase is announced once; repeating the same upsert announces nothing.
 */
@ApplicationScoped
public class PurchaseService {

    private final AccountRepository accounts;
    private final PurchaseRepository purchases;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public PurchaseService(
            AccountRepository accounts, PurchaseRepository purchases, Outbox outbox, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.purchases = purchases;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The purchase after the upsert, and whether the upsert created it. */
    public record Upserted(Purchase purchase, boolean created) {}

    @WithTransaction
    public Uni<Upserted> upsert(String accountExternalId, String purchaseExternalId, PurchaseDetails details) {
        return accounts.requireByExternalId(accountExternalId).chain(account -> {
            requireOneOff(account);
            return purchases
                    .findByExternalId(account.id, purchaseExternalId)
                    .chain(existing -> existing == null
                            ? create(account, purchaseExternalId, details)
                            : correct(existing, details));
        });
    }

    public Uni<List<Purchase>> list(String accountExternalId) {
        return accounts.requireByExternalId(accountExternalId).chain(account -> purchases.listByAccount(account.id));
    }

    public Uni<RepeatRate> repeatRate(LocalDate from, LocalDate to) {
        return purchases.repeatRate(from, to);
    }

    /** Subscription accounts renew or churn; a purchase on one is almost surely sent to the wrong account. */
    private static void requireOneOff(Account account) {
        if (account.billingModel != BillingModel.ONE_OFF) {
            throw new ConflictException("Account %s is billed by %s; purchases are recorded for ONE_OFF accounts only"
                    .formatted(account.externalId, account.billingModel));
        }
    }

    private Uni<Upserted> create(Account account, String externalId, PurchaseDetails details) {
        Purchase purchase = new Purchase();
        purchase.id = UUID.randomUUID();
        purchase.accountId = account.id;
        purchase.externalId = externalId;
        details.applyTo(purchase);
        purchase.createdAt = clock.instant();
        purchase.updatedAt = purchase.createdAt;
        return purchases.persist(purchase).chain(saved -> announce(saved, "purchase.recorded", true));
    }

    private Uni<Upserted> correct(Purchase purchase, PurchaseDetails details) {
        if (details.matches(purchase)) {
            return Uni.createFrom().item(new Upserted(purchase, false));
        }
        details.applyTo(purchase);
        purchase.updatedAt = clock.instant();
        // Announced again under the same purchase id: consumers keep one purchase per id and take the latest.
        return announce(purchase, "purchase.corrected", false);
    }

    private Uni<Upserted> announce(Purchase p, String action, boolean created) {
        String summary = "purchase %s: %s for %s %s on %s"
                .formatted(p.externalId, p.product, p.amount.toPlainString(), p.currency, p.purchasedOn);
        return outbox.append(new PurchaseRecorded(p.id, p.accountId, p.product, p.amount, p.currency, p.purchasedOn))
                .chain(() -> audit.record(p.accountId, action, summary))
                .replaceWith(new Upserted(p, created));
    }
}
