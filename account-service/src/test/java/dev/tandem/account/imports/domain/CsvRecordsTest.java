package dev.tandem.account.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsPlainAndQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = "externalId,name\r\nacme,\"Acme, Inc.\"\r\nglobex,\"The \"\"Globex\"\" Corp\"\r\n"
                + "initech,\"Line one\nline two\"\r\n";

        assertThat(records(csv))
                .containsExactly(
                        List.of("externalId", "name"),
                        List.of("acme", "Acme, Inc."),
                        List.of("globex", "The \"Globex\" Corp"),
                        List.of("initech", "Line one\nline two"));
    }

    @Test
    void keepsEmptyFieldsAndSkipsBlankLinesAndTheByteOrderMark() {
        String csv = "\uFEFFa,b,c\n\n1,,3\n,,\n";

        assertThat(records(csv)).containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"), List.of("", "", ""));
    }

    @Test
    void aLastLineWithoutLineBreakIsARecord() {
        assertThat(records("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void tellsTheLineEachRecordBeganOn() {
        CsvRecords records = new CsvRecords(new StringReader("a,b\n\"x\ny\",1\nz,2\n"));
        records.next();
        records.next();
        assertThat(records.recordLine()).isEqualTo(2);
        records.next();
        assertThat(records.recordLine()).isEqualTo(4);
    }

    @Test
    void anUnclosedQuoteIsAFormatErrorNamingItsLine() {
        assertThatThrownBy(() -> records("a,b\n1,2\n3,\"open\n4,5\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("never closed");
    }

    @Test
    void aStrayQuoteIsAFormatError() {
        assertThatThrownBy(() -> records("a,b\n1,x\"y\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> records("a,b\n\"1\"x,2\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("after a closing quote");
    }

    private static List<List<String>> records(String csv) {
        List<List<String>> all = new ArrayList<>();
        new CsvRecords(new StringReader(csv)).forEachRemaining(all::add);
        return all;
    }
}
