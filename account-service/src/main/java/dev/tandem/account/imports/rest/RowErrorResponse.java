package dev.tandem.account.imports.rest;

import dev.tandem.account.imports.domain.ImportRowError;

/**
 * Why one row of an import was not applied.
 *
 * @param row the row as a spreadsheet numbers it: the header is row 1
 * @param column the column at fault; null when the row as a whole is
 */
public record RowErrorResponse(int row, String column, String reason) {

    static RowErrorResponse of(ImportRowError error) {
        return new RowErrorResponse(error.rowNumber, error.column, error.reason);
    }
}
