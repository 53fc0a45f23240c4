package dev.comptoir.integrations.webhooks;

import static dev.comptoir.shared.db.Columns.instant;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/** An endpoint's delivery log, and the replay of one delivery. */
@Service
class WebhookDeliveries {

    private static final Set<String> STATUSES = Set.of("pending", "delivering", "succeeded", "failed");

    private final JdbcTemplate jdbc;
    private final WebhookEndpoints endpoints;
    private final WebhookDispatcher dispatcher;

    WebhookDeliveries(JdbcTemplate jdbc, WebhookEndpoints endpoints, WebhookDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.endpoints = endpoints;
        this.dispatcher = dispatcher;
    }

    /** One delivery of one event to one endpoint; {@code attempts} only when read alone. */
    record Delivery(UUID id, UUID endpointId, String messageId, String event, String status, int attempts,
            @Nullable Integer responseCode, @Nullable String responseBody, @Nullable Long durationMs,
            @Nullable String error, Instant createdAt, @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt,
            @Nullable Instant deliveredAt, @Nullable List<Attempt> attemptLog) {}

    record Attempt(Instant at, @Nullable Integer responseCode, @Nullable String responseBody, long durationMs,
            @Nullable String error) {}

    private static final String SELECT = """
            SELECT d.*, m.type, a.response_body, a.duration_ms, a.error
              FROM webhook_deliveries d
              JOIN webhook_messages m ON m.id = d.message_id
              LEFT JOIN LATERAL (SELECT response_body, duration_ms, error FROM webhook_attempts
                                  WHERE delivery_id = d.id ORDER BY id DESC LIMIT 1) a ON TRUE
            """;

    PageResponse<Delivery> list(UUID endpointId, @Nullable String status, @Nullable String event, PageQuery page) {
        endpoints.get(endpointId);
        if (status != null && !STATUSES.contains(status)) {
            throw new BadRequestException("invalid_status", "status is one of " + STATUSES);
        }
        StringBuilder where = new StringBuilder(" WHERE d.endpoint_id = ?");
        List<Object> args = new ArrayList<>(List.of(endpointId));
        if (status != null) {
            where.append(" AND d.status = ?");
            args.add(status);
        }
        if (event != null && !event.isBlank()) {
            where.append(" AND m.type = ?");
            args.add(event.strip());
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM webhook_deliveries d JOIN webhook_messages m "
                + "ON m.id = d.message_id" + where, Long.class, args.toArray());
        int perPage = page.limitOrDefault();
        int number = page.pageOrDefault();
        args.add(perPage);
        args.add((long) (number - 1) * perPage);
        List<Delivery> data = jdbc.query(SELECT + where + " ORDER BY d.created_at DESC, d.id LIMIT ? OFFSET ?",
                (rs, n) -> delivery(rs, null), args.toArray());
        return PageResponse.of(data, number, perPage, total);
    }

    Delivery get(UUID endpointId, UUID deliveryId) {
        List<Attempt> attempts = jdbc.query("SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY id",
                (rs, n) -> new Attempt(rs.getTimestamp("attempted_at").toInstant(),
                        (Integer) rs.getObject("response_code"), rs.getString("response_body"), rs.getLong("duration_ms"),
                        rs.getString("error")), deliveryId);
        return jdbc.query(SELECT + " WHERE d.endpoint_id = ? AND d.id = ?", (rs, n) -> delivery(rs, attempts),
                endpointId, deliveryId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("delivery_not_found", "There is no delivery " + deliveryId
                        + " for this endpoint"));
    }

    /**
     * One more attempt now, with the same {@code webhook-id} (receivers deduplicate on it). A delivery
     * still within its retry schedule is retried as before if this attempt fails; one past it fails again.
     */
    Delivery replay(UUID endpointId, UUID deliveryId) {
        get(endpointId, deliveryId);
        int updated = jdbc.update("UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = now() "
                + "WHERE id = ? AND endpoint_id = ? AND status <> 'delivering'", deliveryId, endpointId);
        if (updated == 0) {
            throw new ConflictException("delivery_in_flight", "This delivery is being sent; replay it once it is done");
        }
        dispatcher.wake();
        return get(endpointId, deliveryId);
    }

    private static Delivery delivery(ResultSet rs, @Nullable List<Attempt> attempts) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
                rs.getString("message_id"), rs.getString("type"), rs.getString("status"), rs.getInt("attempts"),
                (Integer) rs.getObject("last_response_code"), rs.getString("response_body"),
                (Long) rs.getObject("duration_ms"), rs.getString("error"), instant(rs, "created_at"),
                instant(rs, "last_attempt_at"), instant(rs, "next_attempt_at"),
                instant(rs, "delivered_at"), attempts);
    }
}
