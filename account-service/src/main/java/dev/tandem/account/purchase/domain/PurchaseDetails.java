package dev.tandem.account.purchase.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What an integrator states about a purchase in an upsert. */
public record PurchaseDetails(String product, BigDecimal amount, String currency, LocalDate purchasedOn) {

    public boolean matches(Purchase purchase) {
        return Objects.equals(product, purchase.product)
                && amount.compareTo(purchase.amount) == 0
                && Objects.equals(currency, purchase.currency)
                && Objects.equals(purchasedOn, purchase.purchasedOn);
    }

    public void applyTo(Purchase purchase) {
        purchase.product = product;
        purchase.amount = amount;
        purchase.currency = currency;
        purchase.purchasedOn = purchasedOn;
    }
}
