package dev.comptoir.shared.security;

import java.util.List;

/** The permissions that staff roles are made of; admin holds them all. */
public final class Permissions {

    public static final String CATALOG_WRITE = "catalog:write";
    public static final String ORDERS_MANAGE = "orders:manage";
    public static final String INVENTORY_MANAGE = "inventory:manage";
    public static final String COUPONS_MANAGE = "coupons:manage";
    public static final String ANALYTICS_READ = "analytics:read";
    public static final String CUSTOMERS_READ = "customers:read";
    public static final String USERS_MANAGE = "users:manage";
    public static final String MARKETS_MANAGE = "markets:manage";

    public static final List<String> ALL = List.of(CATALOG_WRITE, ORDERS_MANAGE, INVENTORY_MANAGE,
            COUPONS_MANAGE, ANALYTICS_READ, CUSTOMERS_READ, USERS_MANAGE, MARKETS_MANAGE);

    /** JWT claim holding the caller's permissions; the role travels in {@link #ROLE_CLAIM}. */
    public static final String CLAIM = "perms";
    public static final String ROLE_CLAIM = "role";

    private Permissions() {}
}
