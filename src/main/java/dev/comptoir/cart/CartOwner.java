package dev.comptoir.cart;

import java.util.UUID;

/** Whose cart: a customer's (user id) or an anonymous visitor's (session id). Exactly one is set. */
public record CartOwner(UUID userId, String sessionId) {

    public static CartOwner customer(UUID userId) {
        return new CartOwner(userId, null);
    }

    public static CartOwner anonymous(String sessionId) {
        return new CartOwner(null, sessionId);
    }

    public boolean isCustomer() {
        return userId != null;
    }
}
