package dev.comptoir.pricelists.groups;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer group as the admin API shows it, with how many members it has. */
record CustomerGroupView(UUID id, String name, @Nullable String description, long memberCount, Instant createdAt,
        Instant updatedAt) {}
