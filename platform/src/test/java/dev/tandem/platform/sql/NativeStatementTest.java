package dev.tandem.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeStatementTest {

    @Test
    void statementsTogetherAreOneWithQueryPerStatementButTheLastWithParametersRenamedApart() {
        NativeStatement days = new NativeStatement(
                "INSERT INTO account_day (account_external_id, signals) SELECT * FROM unnest(CAST(:column0 AS text[]),"
                        + " CAST(:column1 AS bigint[])) ON CONFLICT (account_external_id) DO UPDATE SET signals ="
                        + " account_day.signals + excluded.signals",
                Map.of("column0", new String[] {"acme"}, "column1", new Long[] {2L}));
        NativeStatement change = new NativeStatement(
                "INSERT INTO score_change (accounts, size) VALUES (CAST(:accounts AS text[]), :size)",
                Map.of("accounts", new String[] {"acme"}, "size", 1));

        NativeStatement together = NativeStatement.together(List.of(days, change));

        assertThat(together.sql())
                .isEqualTo("WITH w0 AS (INSERT INTO account_day (account_external_id, signals) SELECT * FROM"
                        + " unnest(CAST(:s0_column0 AS text[]), CAST(:s0_column1 AS bigint[])) ON CONFLICT"
                        + " (account_external_id) DO UPDATE SET signals = account_day.signals + excluded.signals)"
                        + " INSERT INTO score_change (accounts, size) VALUES (CAST(:s1_accounts AS text[]), :s1_size)");
        assertThat(together.parameters())
                .containsOnlyKeys("s0_column0", "s0_column1", "s1_accounts", "s1_size")
                .containsEntry("s1_size", 1);
    }

    @Test
    void aLoneStatementStaysAsItIs() {
        NativeStatement lone = new NativeStatement("DELETE FROM score_change WHERE id = :id", Map.of("id", 7L));

        assertThat(NativeStatement.together(List.of(lone))).isEqualTo(lone);
        assertThatThrownBy(() -> NativeStatement.together(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void castsAndQuotedTextAreNoParameters() {
        assertThat(NativeStatement.renameParameters(
                        "SELECT :day::date, ':not', \"col:umn\", pg_advisory_xact_lock(hashtext('a:b'), :key)", "p_"))
                .isEqualTo("SELECT :p_day::date, ':not', \"col:umn\", pg_advisory_xact_lock(hashtext('a:b'), :p_key)");
    }
}
