package dev.comptoir.inventory;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.shared.csv.CsvWriter;
import dev.comptoir.shared.error.BadRequestException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock levels as CSV. Export: {@code sku,name,location,stock,reserved,available}, one line per SKU and
 * location ({@code stock} is the on-hand there), through {@link CsvWriter} (a name that looks like a
 * formula is written as text; a SKU never starts with a formula character). Import: columns
 * {@code sku,stock[,location]} (others ignored, so an export can be edited and sent back; location
 * defaults to main) set each level's absolute on-hand. The whole file is checked first, under the level
 * locks; any bad line (a stock below what orders hold there among them) answers 400 with every error by
 * line and applies nothing, and a good file is applied in one transaction.
 */
@Service
class StockCsv {

    static final int MAX_ROWS = 50_000;
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).setTrim(true).setAllowMissingColumnNames(true).get();

    private final CatalogService catalog;
    private final LevelWriter levels;
    private final JdbcTemplate jdbc;

    StockCsv(CatalogService catalog, LevelWriter levels, JdbcTemplate jdbc) {
        this.catalog = catalog;
        this.levels = levels;
        this.jdbc = jdbc;
    }

    record LineError(int line, String field, String message) {}

    record ImportSummary(int updated, int unchanged) {}

    private record Row(int line, String sku, int stock, String location) {}

    @Transactional(readOnly = true)
    String export() {
        Map<String, List<StockAdmin.LocationLevel>> all = new HashMap<>();
        jdbc.query("SELECT sku, location_code, on_hand, reserved FROM stock_levels ORDER BY sku, location_code",
                (RowCallbackHandler) rs -> all.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                        new StockAdmin.LocationLevel(rs.getString(2), rs.getInt(3), rs.getInt(4),
                                rs.getInt(3) - rs.getInt(4))));
        return CsvWriter.write(List.of("sku", "name", "location", "stock", "reserved", "available"),
                csv -> catalog.forEachSku(s -> {
                    List<StockAdmin.LocationLevel> rows = all.getOrDefault(s.sku(),
                            List.of(new StockAdmin.LocationLevel(InventoryService.MAIN, 0, 0, 0)));
                    rows.forEach(l -> csv.add(s.sku(), s.name(), l.location(), l.onHand(), l.reserved(),
                            l.available()));
                }));
    }

    @Transactional
    ImportSummary importLevels(String body, String actor) {
        List<LineError> errors = new ArrayList<>();
        List<Row> rows = parse(body, errors);
        Map<String, SkuView> known = catalog.findSkus(rows.stream().map(Row::sku).toList());
        Set<String> locations = new HashSet<>(jdbc.queryForList("SELECT code FROM stock_locations", String.class));
        List<Row> good = new ArrayList<>();
        for (Row row : rows) {
            boolean ok = true;
            if (!known.containsKey(row.sku())) {
                errors.add(new LineError(row.line(), "sku", "no product or variant sells this SKU"));
                ok = false;
            }
            if (!locations.contains(row.location())) {
                errors.add(new LineError(row.line(), "location", "is not a stock location"));
                ok = false;
            }
            if (ok) {
                good.add(row);
            }
        }
        Levels locked = levels.lockCreating(good.stream().map(Row::sku).toList(), good.stream()
                .map(r -> new LevelWriter.NewLevel(r.sku(), r.location(), known.get(r.sku()).productId(),
                        known.get(r.sku()).variantId())).toList());
        List<LevelChange> changes = new ArrayList<>();
        for (Row row : good) {
            Level level = locked.at(row.sku(), row.location()).orElseThrow();
            if (row.stock() < level.reserved()) {
                errors.add(new LineError(row.line(), "stock", "is below the " + level.reserved()
                        + " unit(s) reserved by orders at " + row.location()));
            } else if (row.stock() != level.onHand()) {
                changes.add(new LevelChange(row.sku(), row.location(), row.stock() - level.onHand(), 0,
                        LevelChange.ADJUSTMENT));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(LineError::line));
            throw new BadRequestException("invalid_data", "Invalid CSV: " + errors.size()
                    + " error(s), nothing was imported", Map.of("errors", errors));
        }
        if (!changes.isEmpty()) {
            levels.apply(locked, changes, LevelWriter.Cause.of(actor), LevelChange.ADJUSTMENT);
        }
        return new ImportSummary(changes.size(), rows.size() - changes.size());
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
                String location = header.containsKey("location") ? value(record, header.get("location")) : "";
                location = location.isEmpty() ? InventoryService.MAIN : location;
                boolean ok = true;
                if (sku.isEmpty()) {
                    errors.add(new LineError(line, "sku", "is required"));
                    ok = false;
                } else if (firstLine.putIfAbsent(sku + "\u0000" + location, line) != null) {
                    errors.add(new LineError(line, "sku", "duplicates line " + firstLine.get(sku + "\u0000" + location)));
                    ok = false;
                }
                Integer n = null;
                if (!stock.matches("-?\\d{1,9}")) {
                    errors.add(new LineError(line, "stock", stock.isEmpty() ? "is required" : "must be a whole number"));
                } else if ((n = Integer.parseInt(stock)) < 0) {
                    errors.add(new LineError(line, "stock", "must not be negative"));
                }
                if (ok && n != null && n >= 0) {
                    rows.add(new Row(line, sku, n, location));
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
