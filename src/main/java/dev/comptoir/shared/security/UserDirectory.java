package dev.comptoir.shared.security;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Who the live accounts are, for a module that keeps user ids but must not depend on customers (which
 * depends on the catalog: a module the catalog may use, such as price lists, would close a cycle).
 * Implemented by customers.
 */
public interface UserDirectory {

    /** A live account as other modules may show it. */
    record DirectoryUser(UUID id, String email, String firstName, String lastName) {}

    /** The live accounts among {@code ids}, by id; an unknown or deleted account is absent. */
    Map<UUID, DirectoryUser> live(Collection<UUID> ids);
}
