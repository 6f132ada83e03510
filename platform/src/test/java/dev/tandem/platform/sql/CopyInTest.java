package dev.tandem.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CopyInTest {

    private static String field(Object value) {
        StringBuilder line = new StringBuilder();
        CopyIn.appendField(line, value);
        return line.toString();
    }

    @Test
    void nullIsSqlNullNotTheTextNull() {
        assertThat(field(null)).isEqualTo("\\N");
        assertThat(field("\\N")).isEqualTo("\\\\N");
    }

    @Test
    void charactersThatWouldEndAFieldOrARowAreEscaped() {
        assertThat(field("a\tb\nc\rd\\e")).isEqualTo("a\\tb\\nc\\rd\\\\e");
    }

    @Test
    void valuesGoInTheFormsPostgresqlReads() {
        UUID id = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        assertThat(field(id)).isEqualTo("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        assertThat(field(ChronoUnit.DAYS)).isEqualTo("DAYS");
        assertThat(field(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(field(Instant.parse("2026-01-02T03:04:05.123456Z"))).isEqualTo("2026-01-02T03:04:05.123456Z");
        assertThat(field(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        assertThat(field(true)).isEqualTo("true");
    }
}
