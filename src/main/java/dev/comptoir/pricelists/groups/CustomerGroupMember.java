package dev.comptoir.pricelists.groups;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member of a group: the account's id, with its email and name while the account is live (null
 * once it is deactivated; the membership stays, and prices nobody).
 */
record CustomerGroupMember(UUID userId, @Nullable String email, @Nullable String firstName,
        @Nullable String lastName, Instant addedAt) {}
