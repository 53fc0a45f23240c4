package dev.comptoir.shared.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way exports write CSV (RFC 4180, {@code \n} line ends). Files are opened in spreadsheets, which
 * run a cell starting with {@code = + - @}, a tab or a carriage return as a formula ({@code =HYPERLINK(...)},
 * DDE): such a text cell is prefixed with an apostrophe, which spreadsheets show as text (OWASP's advice).
 * Numbers are written as they are (a negative amount stays a number); decimals in plain notation.
 */
public final class CsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {}

    /** Receives the rows of a file, one call per line. */
    @FunctionalInterface
    public interface Rows {
        void add(Object... cells);
    }

    /** A whole file: the header line, then the rows {@code body} adds. */
    public static String write(List<String> header, Consumer<Rows> body) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(safe(header.toArray()));
            body.accept(cells -> {
                try {
                    csv.printRecord(safe(cells));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The text of one cell as written. */
    public static Object cell(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    private static List<Object> safe(Object[] cells) {
        List<Object> written = new ArrayList<>(cells.length);
        for (Object value : cells) {
            written.add(cell(value));
        }
        return written;
    }
}
