package dev.comptoir.shared.metadata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and merges the {@code metadata} and {@code private_metadata} jsonb columns of one row of a
 * module's table. A patch is one {@code UPDATE}: {@code (metadata || set) - removed}, evaluated on the
 * row as it is when the row lock is granted, so two concurrent patches of different keys both survive
 * (no read-modify-write). The limits are checked on the merged row before commit; over them, the
 * transaction rolls back with 400 {@code invalid_metadata}.
 *
 * <p>{@code table} and {@code where} are the caller's constants (never request input); values are bound.
 */
@Component
public class MetadataColumns {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    MetadataColumns(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Merges {@code patch} into the row of {@code table} matching {@code where} (its {@code ?} bound to
     * {@code args}) and moves its {@code updated_at}; empty when no row matches.
     */
    @Transactional
    public Optional<Metadata> patch(String table, String where, MetadataPatch patch, Object... args) {
        Changes open = changes("metadata", patch.metadata());
        Changes hidden = changes("privateMetadata", patch.privateMetadata());
        List<Object> params = new ArrayList<>(List.of(open.set(), open.removed(), hidden.set(), hidden.removed(),
                Timestamp.from(clock.instant())));
        params.addAll(List.of(args));
        List<Metadata> rows = jdbc.query("UPDATE " + table + " SET metadata = (metadata || ?::jsonb) - ?::text[], "
                + "private_metadata = (private_metadata || ?::jsonb) - ?::text[], updated_at = ? WHERE " + where
                + " RETURNING metadata::text, private_metadata::text", rowMapper(), params.toArray());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Metadata merged = rows.get(0);
        MetadataRules.checkSize("metadata", merged.metadata(), json);
        MetadataRules.checkSize("privateMetadata", merged.privateMetadata(), json);
        return Optional.of(merged);
    }

    /** Both fields of the row of {@code table} matching {@code where}; empty when no row matches. */
    @Transactional(readOnly = true)
    public Optional<Metadata> read(String table, String where, Object... args) {
        return jdbc.query("SELECT metadata::text, private_metadata::text FROM " + table + " WHERE " + where,
                rowMapper(), args).stream().findFirst();
    }

    private RowMapper<Metadata> rowMapper() {
        return (ResultSet rs, int row) -> new Metadata(map(rs, 1), map(rs, 2));
    }

    private Map<String, Object> map(ResultSet rs, int column) throws SQLException {
        return json.readValue(rs.getString(column), MAP);
    }

    /** One field's patch as bound: the keys to set (a jsonb object) and the keys to remove. */
    private record Changes(String set, String[] removed) {}

    private Changes changes(String field, @Nullable Map<String, @Nullable Object> patch) {
        if (patch == null) {
            return new Changes("{}", new String[0]);
        }
        MetadataRules.checkPatch(field, patch, json);
        Map<String, Object> set = new java.util.LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        patch.forEach((key, value) -> {
            if (value == null) {
                removed.add(key);
            } else {
                set.put(key, value);
            }
        });
        return new Changes(json.writeValueAsString(set), removed.toArray(String[]::new));
    }
}
