package dev.tandem.account.imports.repository;

import dev.tandem.account.imports.domain.ImportRowError;
import dev.tandem.platform.sql.CopyIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A chunk's bookkeeping for the JDBC path, in the chunk's transaction: its row errors and the job's progress commit
 * with its rows. The same statements as {@link ImportJobRepository#advance} and the row errors' persist; blocks.
 */
@ApplicationScoped
public class ImportChunkStore {

    private static final String ADVANCE = "UPDATE import_job SET rows_done = rows_done + ?,"
            + " rows_failed = rows_failed + ?, heartbeat_at = ? WHERE id = ? AND claim_token = ? AND status = 'RUNNING'";

    public void recordErrors(Connection connection, List<ImportRowError> errors) throws SQLException {
        if (errors.isEmpty()) {
            return;
        }
        try (CopyIn copy = CopyIn.into(connection, "import_row_error (id, job_id, row_number, column_name, reason)")) {
            for (ImportRowError e : errors) {
                copy.row(e.id, e.jobId, e.rowNumber, e.column, e.reason);
            }
        }
    }

    /**
     * Counts {@code done} more rows, {@code failed} of them rejected, for the worker run {@code token}.
     *
     * @return false when another worker run has taken the job over, and this one must stop
     */
    public boolean advance(Connection connection, UUID jobId, UUID token, int done, int failed, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ADVANCE)) {
            update.setInt(1, done);
            update.setInt(2, failed);
            update.setTimestamp(3, Timestamp.from(now));
            update.setObject(4, jobId);
            update.setObject(5, token);
            return update.executeUpdate() == 1;
        }
    }
}
