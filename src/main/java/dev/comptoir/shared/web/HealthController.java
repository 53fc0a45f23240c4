package dev.comptoir.shared.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @Operation(operationId = "getHealth", summary = "Service health",
            description = "200 healthy; 503 starting (until the server is ready) or degraded (a service is down), "
            + "with the same body.")
    @ApiResponse(responseCode = "200", description = "Healthy", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "503", description = "Starting or degraded", useReturnTypeSchema = true)
    ResponseEntity<Health> health() {
        String database = databaseUp() ? "healthy" : "unhealthy";
        boolean started = startup.ready();
        boolean healthy = started && database.equals("healthy");
        Health body = new Health(!started ? "starting" : healthy ? "healthy" : "degraded", Instant.now().toString(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, new Services(database));
        return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .header("Cache-Control", "no-store")
                .body(body);
    }

    record Health(@Schema(allowableValues = {"healthy", "starting", "degraded"}) String status, String timestamp,
            @Schema(description = "seconds since the start") double uptime, Services services) {}

    record Services(@Schema(allowableValues = {"healthy", "unhealthy"}) String database) {}

    private boolean databaseUp() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
