package dev.comptoir.inventory;

import java.time.Instant;

/** A place stock is held at, as the admin API shows it. */
record StockLocation(String code, String name, LocationAddress address, int priority, boolean active,
        Instant createdAt, Instant updatedAt) {}
