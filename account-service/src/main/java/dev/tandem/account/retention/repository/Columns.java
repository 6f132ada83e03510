package dev.tandem.account.retention.repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

/** Reads the columns of native query rows, whatever type the driver hands them as. */
final class Columns {

    private Columns() {}

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal arr(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    /** An amount summed in whole cents, as ARR with two decimals. */
    static BigDecimal cents(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal cents = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return cents.movePointLeft(2).setScale(2);
    }

    static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
