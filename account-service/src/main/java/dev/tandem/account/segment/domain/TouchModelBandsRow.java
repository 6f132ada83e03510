package dev.tandem.account.segment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The one stored row of touch-model bands. */
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

    public TouchModelBands toBands() {
        return new TouchModelBands(highFrom, lowFrom);
    }
}
