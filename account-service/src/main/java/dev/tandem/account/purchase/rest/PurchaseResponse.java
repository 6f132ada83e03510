package dev.tandem.account.purchase.rest;

import dev.tandem.account.purchase.domain.Purchase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A purchase as the API shows it. */
public record PurchaseResponse(
        UUID id, String externalId, String product, BigDecimal amount, String currency, LocalDate purchasedOn) {

    static PurchaseResponse of(Purchase p) {
        return new PurchaseResponse(p.id, p.externalId, p.product, p.amount, p.currency, p.purchasedOn);
    }
}
