package dev.comptoir.orders;

import java.time.Instant;
import java.util.UUID;

/** An order left the warehouse with {@code trackingNumber} (the shipped email, tracking). */
public record OrderShipped(UUID orderId, String orderNumber, String email, String trackingNumber, Instant at,
        String locale) {}
