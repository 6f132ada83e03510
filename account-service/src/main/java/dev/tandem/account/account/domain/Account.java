package dev.tandem.account.account.domain;

import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
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

/** A customer of the vendor, paying or on the free plan, identified to integrators by the vendor's external id. */
@Entity
@Table(name = "account")
public class Account {

    public static final String ERASED_NAME = "Erased account";

    @Id
    public UUID id;

    @Column(name = "external_id", nullable = false, unique = true)
    public String externalId;

    @Column(nullable = false)
    public String name;

    public String industry;

    @Column(name = "employee_band")
    public String employeeBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_model", nullable = false)
    public BillingModel billingModel;

    /** FREE, TRIAL, or the name of a paid plan. */
    @Column(nullable = false)
    public String plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LifecycleStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "touch_model", nullable = false)
    public TouchModel touchModel;

    @Column(nullable = false)
    public boolean community;

    @Column(name = "csm_id")
    public String csmId;

    /** YYYY-MM of the first paid contract; null until there is one. */
    public String cohort;

    /** The sum of the running contracts' ARR. */
    @Column(nullable = false)
    public BigDecimal arr = BigDecimal.ZERO;

    /** The earliest renewal date of the running contracts; null without one. */
    @Column(name = "next_renewal_date")
    public LocalDate nextRenewalDate;

    /** The day the first paid contract started: when this account converted from free or trial to paid. */
    @Column(name = "converted_on")
    public LocalDate convertedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When this account was erased on request; null while it is held. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** Removes what identifies the customer; ARR, stage and dates stay so that portfolio figures still add up. */
    public void erase(Instant now) {
        name = ERASED_NAME;
        industry = null;
        employeeBand = null;
        externalId = "erased:" + id;
        erasedAt = now;
        updatedAt = now;
    }
}
