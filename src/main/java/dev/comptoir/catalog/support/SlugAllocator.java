package dev.comptoir.catalog.support;

import dev.comptoir.shared.error.ConflictException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Picks a free slug in a table: the base itself, else base-2, base-3... A transaction-scoped
 * advisory lock on the base serialises concurrent allocations of the same base, so two requests
 * creating "Chemise" at once get "chemise" and "chemise-2" instead of a unique-key failure.
 */
@Component
public class SlugAllocator {

    private final JdbcTemplate jdbc;

    public SlugAllocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the transaction that inserts the row. {@code table} is a trusted constant. */
    public String allocate(String table, String base) {
        lock(table, base);
        List<String> taken = jdbc.queryForList(
                "SELECT slug FROM " + table + " WHERE slug = ? OR slug LIKE ? ESCAPE '\\'", String.class, base,
                base.replace("_", "\\_").replace("%", "\\%") + "-%");
        Set<String> used = new HashSet<>(taken);
        if (!used.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** An explicit slug: taken by another row is a 409. */
    public String claim(String table, String slug, Object ownId) {
        lock(table, slug);
        Integer others = jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE slug = ? AND id <> ?",
                Integer.class, slug, ownId);
        if (others != null && others > 0) {
            throw new ConflictException("duplicate_slug", "The slug '" + slug + "' is already used");
        }
        return slug;
    }

    private void lock(String table, String slug) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))::text", String.class, table + ':' + slug);
    }
}
