package dev.tandem.account.imports.domain;

import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import java.io.StringReader;
import java.util.List;

/**
 * An uploaded file checked before its job is queued: it must be CSV throughout and its header must fit the kind, since
 * neither can be repaired row by row. The rows themselves are judged later, one by one, by the worker.
 */
public final class ImportFile {

    private ImportFile() {}

    /**
     * The number of data rows in {@code csv}.
     *
     * @throws InvalidInputException naming the column at fault for a bad header, or {@code body} for a file that is
     *     not CSV or holds no rows
     */
    public static int countRows(ImportKind kind, String csv) {
        CsvRecords records = new CsvRecords(new StringReader(csv));
        try {
            if (!records.hasNext()) {
                throw new InvalidInputException("body", "is empty; the first row must name the columns");
            }
            List<FieldError> headerErrors = kind.checkHeader(records.next());
            if (!headerErrors.isEmpty()) {
                throw new InvalidInputException(headerErrors);
            }
            int rows = 0;
            while (records.hasNext()) {
                records.next();
                rows++;
            }
            if (rows == 0) {
                throw new InvalidInputException("body", "has a header row but no data rows");
            }
            return rows;
        } catch (CsvFormatException e) {
            throw new InvalidInputException("body", "is not valid CSV at " + e.getMessage());
        }
    }
}
