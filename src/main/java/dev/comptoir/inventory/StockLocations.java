package dev.comptoir.inventory;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stock locations (warehouses, shops). The default one, {@code main}, can be renamed or deactivated but
 * never deleted; a location is deleted only once nothing is on hand or reserved there. Deactivating or
 * reactivating one re-projects the storefront stock of every SKU it holds, under their level locks.
 */
@Service
class StockLocations {

    static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]*";
    private static final String COLUMNS = "code, name, address::text, priority, active, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final LevelWriter levels;

    StockLocations(JdbcTemplate jdbc, JsonMapper json, LevelWriter levels) {
        this.jdbc = jdbc;
        this.json = json;
        this.levels = levels;
    }

    @Transactional(readOnly = true)
    List<StockLocation> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM stock_locations ORDER BY priority, code", this::map);
    }

    @Transactional
    StockLocation create(LocationRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw new BadRequestException("invalid_data", "Invalid request: code is required",
                    Map.of("errors", FieldProblem.single("code", "is required")));
        }
        try {
            return jdbc.queryForObject("INSERT INTO stock_locations (code, name, address, priority, active) "
                    + "VALUES (?, ?, ?::jsonb, ?, ?) RETURNING " + COLUMNS, this::map, request.code(),
                    request.name().strip(), address(request), priority(request), active(request));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("location_exists", "A stock location has the code '" + request.code() + "'");
        }
    }

    @Transactional
    StockLocation update(String code, LocationRequest request, String actor) {
        // NO KEY UPDATE: a level being created there (its foreign key's KEY SHARE) need not wait for this
        List<Boolean> was = jdbc.queryForList("SELECT active FROM stock_locations WHERE code = ? FOR NO KEY UPDATE",
                Boolean.class, code);
        if (was.isEmpty()) {
            throw notFound(code);
        }
        StockLocation updated = jdbc.queryForObject("UPDATE stock_locations SET name = ?, address = ?::jsonb, "
                + "priority = ?, active = ?, updated_at = now() WHERE code = ? RETURNING " + COLUMNS, this::map,
                request.name().strip(), address(request), priority(request), active(request), code);
        if (updated.active() != was.get(0)) {
            // what the storefront sells changes by what this location has available
            List<String> skus = jdbc.queryForList("SELECT sku FROM stock_levels WHERE location_code = ? "
                    + "AND on_hand > reserved ORDER BY sku", String.class, code);
            if (!skus.isEmpty()) {
                levels.project(levels.lock(skus), skus, LevelChange.ADJUSTMENT, actor);
            }
        }
        return updated;
    }

    @Transactional
    void delete(String code) {
        if (InventoryService.MAIN.equals(code)) {
            throw new ConflictException("default_location", "The default location cannot be deleted; deactivate it");
        }
        if (jdbc.queryForList("SELECT code FROM stock_locations WHERE code = ? FOR UPDATE", String.class, code)
                .isEmpty()) {
            throw notFound(code);
        }
        // the location's row lock keeps new levels out (their foreign key); the levels' own locks keep
        // their figures still while they are checked
        List<String> skus = jdbc.queryForList("SELECT sku FROM stock_levels WHERE location_code = ? ORDER BY sku",
                String.class, code);
        Levels locked = levels.lock(skus);
        long held = skus.stream().flatMap(s -> locked.at(s, code).stream())
                .filter(l -> l.onHand() > 0 || l.reserved() > 0).count();
        if (held > 0) {
            throw new ConflictException("location_not_empty", held + " SKU(s) have stock on hand or reserved at '"
                    + code + "': transfer or adjust them first", Map.of("skus", held));
        }
        jdbc.update("DELETE FROM stock_levels WHERE location_code = ?", code);
        jdbc.update("DELETE FROM stock_locations WHERE code = ?", code);
    }

    private String address(LocationRequest request) {
        return request.address() == null ? null : json.writeValueAsString(request.address());
    }

    private static int priority(LocationRequest request) {
        return request.priority() == null ? 0 : request.priority();
    }

    private static boolean active(LocationRequest request) {
        return request.active() == null || request.active();
    }

    private StockLocation map(ResultSet rs, int row) throws SQLException {
        String address = rs.getString(3);
        return new StockLocation(rs.getString(1), rs.getString(2),
                address == null ? null : json.readValue(address, LocationAddress.class), rs.getInt(4),
                rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    static NotFoundException notFound(String code) {
        return new NotFoundException("location_not_found", "No stock location has the code '" + code + "'");
    }
}
