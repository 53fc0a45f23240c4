package dev.comptoir.inventory;

import java.util.UUID;

/** One SKU at one location as locked: on hand, reserved by orders, and whether the location sells. */
record Level(String sku, String location, UUID productId, UUID variantId, int onHand, int reserved, boolean active,
        int priority) {

    int available() {
        return onHand - reserved;
    }

    Level plus(LevelChange change) {
        return new Level(sku, location, productId, variantId, onHand + change.onHandDelta(),
                reserved + change.reservedDelta(), active, priority);
    }
}
