package dev.comptoir.analytics;

import dev.comptoir.shared.csv.CsvWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as CSV: one header line of the record's field names, then one line per row, through the
 * shared {@link CsvWriter} (product and category names are merchant text: never a live formula).
 */
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
        RecordComponent[] components = type.getRecordComponents();
        return CsvWriter.write(Arrays.stream(components).map(RecordComponent::getName).toList(), csv -> {
            for (Record row : rows) {
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    try {
                        values[i] = components[i].getAccessor().invoke(row);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                csv.add(values);
            }
        });
    }
}
