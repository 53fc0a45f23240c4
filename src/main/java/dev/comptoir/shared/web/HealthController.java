package dev.comptoir.shared.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.comptoir.shared.Startup;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}: 200 healthy; 503 starting until the start is finished ({@link Startup}), or
 * degraded when the database does not answer. It asks the pool for a connection on every call, so it
 * turns healthy again as soon as the database is back.
 */
@RestController
@Tag(name = "Platform")
class HealthController {

    private final DataSource dataSource;
    private final Startup startup;

    HealthController(DataSource dataSource, Startup startup) {
        this.dataSource = dataSource;
        this.startup = startup;
    }

    @GetMapping("/health")
    @Operation(summary = "Service health", description = "200 healthy; 503 starting, or degraded when a service is down")
    ResponseEntity<Map<String, Object>> health() {
        String database = databaseUp() ? "healthy" : "unhealthy";
        boolean started = startup.ready();
        boolean healthy = started && database.equals("healthy");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !started ? "starting" : healthy ? "healthy" : "degraded");
        body.put("timestamp", Instant.now().toString());
        body.put("uptime", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        body.put("services", Map.of("database", database));
        return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .header("Cache-Control", "no-store")
                .body(body);
    }

    private boolean databaseUp() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
