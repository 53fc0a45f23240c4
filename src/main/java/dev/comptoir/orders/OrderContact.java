package dev.comptoir.orders;

import java.util.UUID;

/** Who to write to about an order. */
public record OrderContact(UUID orderId, String orderNumber, String email) {}
