package dev.tandem.health.imports.domain;

/**
 * Why one row of an import was not applied.
 *
 * @param row the row as a spreadsheet numbers it: the header is row 1
 * @param column the column at fault; null when the row as a whole is
 */
public record RowError(int row, String column, String reason) {}
