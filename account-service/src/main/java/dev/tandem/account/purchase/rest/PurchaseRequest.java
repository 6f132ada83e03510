package dev.tandem.account.purchase.rest;

import dev.tandem.account.purchase.domain.PurchaseDetails;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code PUT /api/v1/accounts/{externalId}/purchases/{purchaseId}}. */
public record PurchaseRequest(
        @NotBlank @Size(max = 200) String product,

        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2)
        BigDecimal amount,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,

        @NotNull LocalDate purchasedOn) {

    PurchaseDetails toDetails() {
        return new PurchaseDetails(product.strip(), amount, currency, purchasedOn);
    }
}
