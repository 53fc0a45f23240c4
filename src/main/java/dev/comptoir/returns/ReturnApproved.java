package dev.comptoir.returns;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Staff accepted a return: the customer may send the units back. */
public record ReturnApproved(UUID returnId, UUID orderId, String orderNumber, String email, @Nullable String locale,
        Instant at) {}
