package dev.comptoir.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order was cancelled — by its customer, an admin, or because it was not paid in time
 * ({@code reason} "payment_timeout"). {@code wasPaid} tells payments to refund it.
 */
public record OrderCancelled(UUID orderId, String orderNumber, String email, String reason, boolean wasPaid,
        BigDecimal total, String currency, Instant at, @Nullable String locale) {}
