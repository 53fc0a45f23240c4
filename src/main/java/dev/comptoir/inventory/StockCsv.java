package dev.comptoir.inventory;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.catalog.StockChanged;
import dev.comptoir.shared.csv.CsvWriter;
import dev.comptoir.shared.error.BadRequestException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock levels as CSV. Export: {@code sku,name,stock}, through {@link CsvWriter} (a name that looks
 * like a formula is written as text; a SKU never starts with a formula character). Import: columns {@code sku,stock} (others ignored,
 * so an export can be edited and sent back) set each SKU's absolute stock. The whole file is checked
 * first; any bad line answers 400 with every error by line and applies nothing, and a good file is
 * applied in one transaction, SKUs in order (the lock order checkout uses).
 */
@Service
class StockCsv {

    static final int MAX_ROWS = 50_000;
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).setTrim(true).setAllowMissingColumnNames(true).get();

    private final CatalogService catalog;

    StockCsv(CatalogService catalog) {
        this.catalog = catalog;
    }

    record LineError(int line, String field, String message) {}

    record ImportSummary(int updated, int unchanged) {}

    private record Row(int line, String sku, int stock) {}

    @Transactional(readOnly = true)
    String export() {
        return CsvWriter.write(List.of("sku", "name", "stock"),
                csv -> catalog.forEachSku(s -> csv.add(s.sku(), s.name(), s.stock())));
    }

    @Transactional
    ImportSummary importLevels(String body, String actor) {
        List<LineError> errors = new ArrayList<>();
        List<Row> rows = parse(body, errors);
        Map<String, SkuView> known = catalog.findSkus(rows.stream().map(Row::sku).toList());
        for (Row row : rows) {
            if (!known.containsKey(row.sku())) {
                errors.add(new LineError(row.line(), "sku", "no product or variant sells this SKU"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(LineError::line));
            throw new BadRequestException("invalid_data", "Invalid CSV: " + errors.size()
                    + " error(s), nothing was imported", Map.of("errors", errors));
        }
        int updated = 0;
        for (Row row : rows.stream().sorted(Comparator.comparing(Row::sku)).toList()) {
            if (catalog.setStock(row.sku(), row.stock(), StockChanged.ADJUSTMENT, actor) != 0) {
                updated++;
            }
        }
        return new ImportSummary(updated, rows.size() - updated);
    }

    private static List<Row> parse(String body, List<LineError> errors) {
        List<Row> rows = new ArrayList<>();
        if (body == null || body.isBlank()) {
            errors.add(new LineError(1, "file", "is empty: expected a header line sku,stock"));
            return rows;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(body.replace("\uFEFF", "")), READ)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name == null ? "" : name.trim().toLowerCase(), index));
            boolean columns = true;
            for (String column : List.of("sku", "stock")) {
                if (!header.containsKey(column)) {
                    errors.add(new LineError(1, column, "missing column"));
                    columns = false;
                }
            }
            if (!columns) {
                return rows;
            }
            Map<String, Integer> firstLine = new HashMap<>();
            int line = 1;
            for (CSVRecord record : parser) {
                line++;
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    errors.add(new LineError(line, "file", "has more than " + MAX_ROWS + " lines"));
                    break;
                }
                if (isBlank(record)) {
                    continue;
                }
                String sku = value(record, header.get("sku"));
                String stock = value(record, header.get("stock"));
                boolean ok = true;
                if (sku.isEmpty()) {
                    errors.add(new LineError(line, "sku", "is required"));
                    ok = false;
                } else if (firstLine.putIfAbsent(sku, line) != null) {
                    errors.add(new LineError(line, "sku", "duplicates line " + firstLine.get(sku)));
                    ok = false;
                }
                Integer n = null;
                if (!stock.matches("-?\\d{1,9}")) {
                    errors.add(new LineError(line, "stock", stock.isEmpty() ? "is required" : "must be a whole number"));
                } else if ((n = Integer.parseInt(stock)) < 0) {
                    errors.add(new LineError(line, "stock", "must not be negative"));
                }
                if (ok && n != null && n >= 0) {
                    rows.add(new Row(line, sku, n));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            errors.add(new LineError(1, "file", "is not valid CSV: " + e.getMessage()));
        }
        return rows;
    }

    private static String value(CSVRecord record, int index) {
        return index < record.size() && record.get(index) != null ? record.get(index).trim() : "";
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
