package dev.comptoir.returns;

import java.time.Instant;
import java.util.UUID;

/** Staff refused a return, with the reason the customer is told. */
public record ReturnRejected(UUID returnId, UUID orderId, String orderNumber, String email, String locale,
        String reason, Instant at) {}
