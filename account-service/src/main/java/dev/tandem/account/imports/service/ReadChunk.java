package dev.tandem.account.imports.service;

import dev.tandem.account.imports.service.ImportWorker.CsvRow;
import dev.tandem.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chunk's rows as read: the items the valid rows became, and, by row number, why the others were rejected. Reading
 * checks each row as its PUT would, so the items that remain only have to pass what the database knows.
 */
final class ReadChunk<T> {

    final int rowCount;
    final List<T> items = new ArrayList<>();
    final Map<Integer, List<FieldError>> rejected = new LinkedHashMap<>();
    private final List<Integer> itemRows = new ArrayList<>();

    private ReadChunk(int rowCount) {
        this.rowCount = rowCount;
    }

    static <T> ReadChunk<T> read(RowImporter<T> importer, List<CsvRow> rows) {
        ReadChunk<T> chunk = new ReadChunk<>(rows.size());
        for (CsvRow row : rows) {
            if (row.fieldCountError() != null) {
                chunk.rejected.put(row.number(), List.of(row.fieldCountError()));
                continue;
            }
            try {
                chunk.items.add(importer.read(row.values()));
                chunk.itemRows.add(row.number());
            } catch (RowRejected e) {
                chunk.rejected.put(row.number(), e.errors());
            }
        }
        return chunk;
    }

    /** Adds the items the service refused, by their index in {@link #items}, to the rejected rows. */
    void refuse(Map<Integer, FieldError> refused) {
        refused.forEach((index, error) -> rejected.put(itemRows.get(index), List.of(error)));
    }
}
