package dev.comptoir.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report as CSV: one header line of the record's field names, then one line per row. */
final class CsvReports {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvReports() {}

    static boolean wantsCsv(String accept) {
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("csv"));
    }

    static ResponseEntity<String> answer(String name, Class<? extends Record> type, List<? extends Record> rows) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .body(write(type, rows));
    }

    static String write(Class<? extends Record> type, List<? extends Record> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            RecordComponent[] components = type.getRecordComponents();
            csv.printRecord(Arrays.stream(components).map(RecordComponent::getName).toList());
            for (Record row : rows) {
                List<Object> values = new ArrayList<>();
                for (RecordComponent c : components) {
                    Object value = c.getAccessor().invoke(row);
                    values.add(value instanceof BigDecimal d ? d.toPlainString() : value);
                }
                csv.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
