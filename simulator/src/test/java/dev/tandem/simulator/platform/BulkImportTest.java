package dev.tandem.simulator.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulkImportTest {

    @Test
    void a_csv_line_quotes_only_what_needs_it_and_leaves_absent_fields_empty() {
        assertThat(BulkImport.csv("acme", "Acme, Inc.", null, "say \"hi\"", 12))
                .isEqualTo("acme,\"Acme, Inc.\",,\"say \"\"hi\"\"\",12");
    }
}
