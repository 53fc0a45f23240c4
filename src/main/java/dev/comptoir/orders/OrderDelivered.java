package dev.comptoir.orders;

import java.time.Instant;
import java.util.UUID;

/** An order reached its customer. */
public record OrderDelivered(UUID orderId, String orderNumber, String email, Instant at) {}
