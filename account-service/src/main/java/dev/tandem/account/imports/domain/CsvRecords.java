package dev.tandem.account.imports.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads CSV as RFC 4180 writes it, one record at a time, so a large file is never held as rows. Fields may be quoted;
 * a quoted field may hold commas, doubled quotes and line breaks. Lines end in CRLF or LF; a leading byte-order mark,
 * as spreadsheet exports often write, is skipped; blank lines are skipped.
 */
public final class CsvRecords implements Iterator<List<String>> {

    private static final int END = -1;

    private final Reader in;
    private int lookahead;
    private int line = 1;
    private int recordLine;
    private List<String> next;

    public CsvRecords(Reader in) {
        this.in = in;
        this.lookahead = read();
        if (lookahead == '\uFEFF') {
            lookahead = read();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readRecord();
        }
        return next != null;
    }

    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<String> record = next;
        next = null;
        return record;
    }

    /** The line of the file on which the record last returned by {@link #next} began. */
    int recordLine() {
        return recordLine;
    }

    private List<String> readRecord() {
        while (lookahead == '\r' || lookahead == '\n') {
            endOfLine();
        }
        if (lookahead == END) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(lookahead == '"' ? quotedField() : plainField());
            if (lookahead == ',') {
                lookahead = read();
                continue;
            }
            if (lookahead == '\r' || lookahead == '\n') {
                endOfLine();
            }
            return fields;
        }
    }

    private String plainField() {
        StringBuilder field = new StringBuilder();
        while (lookahead != ',' && lookahead != '\r' && lookahead != '\n' && lookahead != END) {
            if (lookahead == '"') {
                throw new CsvFormatException(line, "a quote inside an unquoted field; quote the whole field");
            }
            field.append((char) lookahead);
            lookahead = read();
        }
        return field.toString();
    }

    private String quotedField() {
        int opened = line;
        StringBuilder field = new StringBuilder();
        lookahead = read();
        while (true) {
            if (lookahead == END) {
                throw new CsvFormatException(opened, "a quoted field is never closed");
            }
            if (lookahead == '"') {
                lookahead = read();
                if (lookahead != '"') {
                    break;
                }
            }
            if (lookahead == '\n') {
                line++;
            }
            field.append((char) lookahead);
            lookahead = read();
        }
        if (lookahead != ',' && lookahead != '\r' && lookahead != '\n' && lookahead != END) {
            throw new CsvFormatException(line, "text after a closing quote; a quote inside a field is written \"\"");
        }
        return field.toString();
    }

    private void endOfLine() {
        if (lookahead == '\r') {
            lookahead = read();
        }
        if (lookahead == '\n') {
            lookahead = read();
        }
        line++;
    }

    private int read() {
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
