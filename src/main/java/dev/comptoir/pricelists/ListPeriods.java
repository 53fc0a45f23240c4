package dev.comptoir.pricelists;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When time alone next changes which lists apply: the nearest start or end, after an instant, of an
 * active list's period. Drafts are left out: making one active is a write, which publishes
 * {@link PriceListChanged}.
 */
@Component
class ListPeriods {

    private static final String NEXT = """
            SELECT min(t) FROM (
                SELECT starts_at AS t FROM price_lists WHERE status = 'active' AND starts_at > ?
                UNION ALL
                SELECT ends_at FROM price_lists WHERE status = 'active' AND ends_at > ?) bounds""";

    private final JdbcTemplate jdbc;

    ListPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> nextBoundaryAfter(Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp next = jdbc.queryForObject(NEXT, Timestamp.class, at, at);
        return Optional.ofNullable(next).map(Timestamp::toInstant);
    }
}
