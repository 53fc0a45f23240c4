package dev.comptoir.pricelists.lists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A price list with its prices, sorted by SKU; no customerGroupIds means everyone's. */
record PriceListView(UUID id, String name, @Nullable String description, PriceListType type,
        PriceListStatus status, String currency, @Nullable Instant startsAt, @Nullable Instant endsAt,
        List<UUID> customerGroupIds, long priceCount, List<PriceListPrice> prices, Instant createdAt,
        Instant updatedAt) {}
