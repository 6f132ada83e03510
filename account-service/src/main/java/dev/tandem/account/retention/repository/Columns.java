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

    static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
