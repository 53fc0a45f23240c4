package dev.comptoir.support;

import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.idempotency.IdempotencyKeys;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only route that counts how often its work really runs behind an Idempotency-Key, and with
 * {@code record} writes one row per run in its transaction, to count the runs that committed.
 */
@RestController
public class IdempotentTestController {

    public static final AtomicInteger RUNS = new AtomicInteger();
    private static final Set<String> FIRST_RUNS = ConcurrentHashMap.newKeySet();
    private final IdempotencyKeys keys;
    private final JdbcTemplate jdbc;

    IdempotentTestController(IdempotencyKeys keys, JdbcTemplate jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** Creates the table that {@code record} writes to (DDL outside any request's transaction). */
    public static void prepare(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS test_idempotent_effects (item TEXT NOT NULL)");
    }

    /** Rows written by runs that committed, for {@code item}. */
    public static int committedRuns(JdbcTemplate jdbc, String item) {
        return jdbc.queryForObject("SELECT count(*) FROM test_idempotent_effects WHERE item = ?", Integer.class, item);
    }

    @PostMapping("/test/idempotent")
    ResponseEntity<?> create(@RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @RequestBody Map<String, Object> body) {
        return keys.run(key, "test", body, () -> {
            int run = RUNS.incrementAndGet();
            if (Boolean.TRUE.equals(body.get("record"))) {
                jdbc.update("INSERT INTO test_idempotent_effects (item) VALUES (?)", String.valueOf(body.get("item")));
            }
            long delay = ((Number) body.getOrDefault("delayMs", 0)).longValue();
            // slowFirstRunMs: only the first run of an item is slow (a retry of the same request is quick)
            if (body.containsKey("slowFirstRunMs") && FIRST_RUNS.add(String.valueOf(body.get("item")))) {
                delay = ((Number) body.get("slowFirstRunMs")).longValue();
            }
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (Boolean.TRUE.equals(body.get("fail"))) {
                throw new ConflictException("test_failure", "failing on purpose");
            }
            return ResponseEntity.status(201).body(Map.of("run", run, "item", String.valueOf(body.get("item"))));
        });
    }
}
