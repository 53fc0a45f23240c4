package dev.comptoir.orders.order;

import java.util.UUID;

/** Who is asking: a customer by id, or a guest holding the order's token. */
public record Caller(UUID userId, String guestToken) {

    public boolean owns(Order order) {
        return (userId != null && userId.equals(order.userId()))
                || (guestToken != null && order.isGuestToken(GuestTokens.hash(guestToken)));
    }
}
