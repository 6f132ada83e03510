package dev.tandem.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StagingTableTest {

    private final StagingTable<String[]> staged =
            new StagingTable<>("item", "staged_item", List.of("id", "name", "size"), row -> row);

    @Test
    void anUpsertTakesTheStagedColumnsAndSetsOnlyThoseNamed() {
        assertThat(staged.upsert("id", List.of("name")))
                .isEqualTo("INSERT INTO item (id, name, size) SELECT id, name, size FROM staged_item"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name");
    }

    @Test
    void anUpsertThatSetsNothingLeavesExistingRowsAlone() {
        assertThat(staged.upsert("id", List.of())).endsWith(" ON CONFLICT (id) DO NOTHING");
    }

    @Test
    void anUpdateJoinsTheStagedRowsOnTheirKey() {
        assertThat(staged.update("id", List.of("name", "size")))
                .isEqualTo("UPDATE item t SET name = s.name, size = s.size FROM staged_item s WHERE t.id = s.id");
    }

    @Test
    void aStagingTableNeedsColumns() {
        assertThatThrownBy(() -> new StagingTable<String[]>("item", "staged_item", List.of(), row -> row))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
