package dev.tandem.account.imports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Why one row of an import was not applied. */
@Entity
@Table(name = "import_row_error")
public class ImportRowError {

    @Id
    public UUID id;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    /** The row as a spreadsheet numbers it: the header is row 1, the first data row is row 2. */
    @Column(name = "row_number", nullable = false)
    public int rowNumber;

    /** The column at fault; null when the row as a whole is. */
    @Column(name = "column_name")
    public String column;

    @Column(nullable = false)
    public String reason;

    public static ImportRowError of(UUID jobId, int rowNumber, String column, String reason) {
        ImportRowError error = new ImportRowError();
        error.id = UUID.randomUUID();
        error.jobId = jobId;
        error.rowNumber = rowNumber;
        error.column = column;
        error.reason = reason;
        return error;
    }
}
