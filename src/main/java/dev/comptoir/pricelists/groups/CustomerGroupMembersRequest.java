package dev.comptoir.pricelists.groups;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Accounts to add to a group, by user id (already members are left as they are). */
record CustomerGroupMembersRequest(@NotEmpty @Size(max = 1000) List<@NotNull UUID> userIds) {}
