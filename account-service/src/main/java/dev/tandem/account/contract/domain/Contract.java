package dev.tandem.account.contract.domain;

import dev.tandem.events.account.ContractStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A subscription an account pays for, identified to integrators by the vendor's contract id. */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(nullable = false)
    public String plan;

    @Column(nullable = false)
    public BigDecimal arr;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public int seats;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "renewal_date", nullable = false)
    public LocalDate renewalDate;

    @Column(name = "auto_renew", nullable = false)
    public boolean autoRenew;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isActive() {
        return status == ContractStatus.ACTIVE;
    }
}
