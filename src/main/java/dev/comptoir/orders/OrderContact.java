package dev.comptoir.orders;

import java.util.UUID;

/** Who to write to about an order, and in which language ({@code locale}; null on old orders). */
public record OrderContact(UUID orderId, String orderNumber, String email, String locale) {}
