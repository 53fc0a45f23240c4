package dev.comptoir.pricelists;

import java.util.UUID;

/**
 * A customer group's members changed, or the group was deleted: the lists limited to it now apply to
 * other customers (a cache of priced answers per customer drops what it holds).
 */
public record CustomerGroupChanged(UUID groupId) {}
