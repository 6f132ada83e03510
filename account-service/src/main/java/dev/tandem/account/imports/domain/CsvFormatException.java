package dev.tandem.account.imports.domain;

/** The file is not CSV a reader can split into fields; no row of it can be trusted. */
public class CsvFormatException extends RuntimeException {

    private final int line;

    public CsvFormatException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
