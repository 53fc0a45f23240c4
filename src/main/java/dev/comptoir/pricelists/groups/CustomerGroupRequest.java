package dev.comptoir.pricelists.groups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A customer group as the admin sends it (POST and PUT); its name is unique whatever the case. */
record CustomerGroupRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 500) @Nullable String description) {}
