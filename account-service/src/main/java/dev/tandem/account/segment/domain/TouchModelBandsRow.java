package dev.tandem.account.segment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one stored row of touch-model bands; with an LTV basis, the churn it was measured with (and {@link PlanChurn}). */
@Entity
@Table(name = "touch_model_bands")
public class TouchModelBandsRow {

    public static final int ONLY = 1;

    @Id
    public int id = ONLY;

    @Column(name = "high_from", nullable = false)
    public BigDecimal highFrom;

    @Column(name = "low_from", nullable = false)
    public BigDecimal lowFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false)
    public BandBasis basis = BandBasis.ARR;

    @Column(name = "gross_margin")
    public BigDecimal grossMargin;

    @Column(name = "measured_on")
    public LocalDate measuredOn;

    @Column(name = "book_starting")
    public Long bookStarting;

    @Column(name = "book_churned")
    public Long bookChurned;

    /** Takes {@code bands} in, with their lifetimes' book churn when they are LTV bands. */
    public void set(TouchModelBands bands) {
        highFrom = bands.highFrom();
        lowFrom = bands.lowFrom();
        basis = bands.basis();
        Lifetimes lifetimes = bands.lifetimes();
        grossMargin = lifetimes == null ? null : lifetimes.grossMargin();
        measuredOn = lifetimes == null ? null : lifetimes.measuredOn();
        bookStarting = lifetimes == null ? null : lifetimes.book().starting();
        bookChurned = lifetimes == null ? null : lifetimes.book().churned();
    }

    /** The bands, with {@code plans} (the stored plan churn) when they are LTV bands. */
    public TouchModelBands toBands(List<PlanChurn> plans) {
        if (basis == BandBasis.ARR) {
            return new TouchModelBands(highFrom, lowFrom);
        }
        Map<String, ChurnEvidence> byPlan =
                plans.stream().collect(Collectors.toMap(p -> p.plan, p -> new ChurnEvidence(p.starting, p.churned)));
        return new TouchModelBands(
                highFrom,
                lowFrom,
                basis,
                new Lifetimes(measuredOn, grossMargin, new ChurnEvidence(bookStarting, bookChurned), byPlan));
    }
}
