package dev.comptoir.pricelists.lists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A price list in the admin's list: its settings and how many prices it holds, not the prices. */
record PriceListSummary(UUID id, String name, @Nullable String description, PriceListType type,
        PriceListStatus status, String currency, @Nullable Instant startsAt, @Nullable Instant endsAt,
        List<UUID> customerGroupIds, long priceCount, Instant createdAt, Instant updatedAt) {}
