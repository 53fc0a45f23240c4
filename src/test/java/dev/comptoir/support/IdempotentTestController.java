package dev.comptoir.support;

import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.idempotency.IdempotencyKeys;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A test-only route that counts how often its work really runs behind an Idempotency-Key. */
@RestController
public class IdempotentTestController {

    public static final AtomicInteger RUNS = new AtomicInteger();
    private final IdempotencyKeys keys;

    IdempotentTestController(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/test/idempotent")
    ResponseEntity<?> create(@RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @RequestBody Map<String, Object> body) {
        return keys.run(key, "test", body, () -> {
            int run = RUNS.incrementAndGet();
            long delay = ((Number) body.getOrDefault("delayMs", 0)).longValue();
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
