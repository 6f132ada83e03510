package dev.tandem.account.purchase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A one-off purchase by a ONE_OFF account, identified to integrators by the vendor's order id. */
@Entity
@Table(name = "purchase")
public class Purchase {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(nullable = false)
    public String product;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "purchased_on", nullable = false)
    public LocalDate purchasedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
