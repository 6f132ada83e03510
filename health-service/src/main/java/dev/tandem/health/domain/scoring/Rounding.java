package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores are exact until shown: rounded half up, once, at the end (as the published scoring examples do). */
final class Rounding {

    private Rounding() {}

    static int toInteger(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
