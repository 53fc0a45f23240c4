package dev.comptoir.returns;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Staff refused a return, with the reason the customer is told. */
public record ReturnRejected(UUID returnId, UUID orderId, String orderNumber, String email, @Nullable String locale,
        String reason, Instant at) {}
