package dev.tandem.account.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One term of a contract: a span of constant ARR and, once it ended, its outcome. Kept by {@link TermLedger}. */
@Entity
@Table(name = "contract_term")
public class ContractTerm {

    @Id
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String plan;

    @Column(nullable = false)
    public BigDecimal arr;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "scheduled_end", nullable = false)
    public LocalDate scheduledEnd;

    /** The first day the term no longer counts; null while it runs. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    public TermOutcome outcome;

    @Column(name = "arr_after")
    public BigDecimal arrAfter;

    public String reason;

    @Column(nullable = false)
    public boolean amended;

    /** The account's health band (RED, YELLOW, GREEN) when the outcome was recorded; null for N/A. */
    @Column(name = "band_at_outcome")
    public String bandAtOutcome;

    public RunningTerm running(boolean first) {
        return new RunningTerm(plan, arr, startsOn, scheduledEnd, first);
    }
}
