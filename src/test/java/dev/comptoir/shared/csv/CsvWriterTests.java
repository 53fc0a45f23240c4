package dev.comptoir.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        String csv = CsvWriter.write(List.of("name"), rows -> {
            for (String name : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd")) {
                rows.add(name);
            }
        });
        assertThat(csv.split("\n", -1)).containsExactly("name", "\"'=HYPERLINK(\"\"http://x\"\")\"", "'+1+1", "'-2+3",
                "'@SUM(A1)", "'\tcmd", "\"'\rcmd\"", "");
    }

    @Test
    void ordinaryTextAndNumbersAreWrittenAsTheyAre() {
        String csv = CsvWriter.write(List.of("name", "amount", "count"), rows -> {
            rows.add("Bol, urbain", new BigDecimal("-12.50"), -3);
            rows.add("a = b", new BigDecimal("1E+3"), null);
        });
        assertThat(csv).isEqualTo("name,amount,count\n\"Bol, urbain\",-12.50,-3\na = b,1000,\n");
    }
}
