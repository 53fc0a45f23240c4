package dev.comptoir.markets;

/**
 * A market was created, changed or deleted (published inside the write's transaction, after the
 * markets cache is set to drop its snapshot on commit): answers priced or listed in it may differ
 * from now on (a cache of them, such as the catalog's, drops what it holds).
 */
public record MarketChanged(String code) {}
