package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Emitted when a one-off purchase is recorded for an account (the repeat-purchase model, not a subscription). */
public record PurchaseRecorded(
        UUID purchaseId, UUID accountId, String product, BigDecimal amount, String currency, LocalDate purchasedOn)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.purchase.recorded.v1";

    public PurchaseRecorded {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
