package dev.comptoir.markets;

import java.time.Instant;

/** A market as stored, with its timestamps (for the admin answer). */
record StoredMarket(Market market, Instant createdAt, Instant updatedAt) {}
