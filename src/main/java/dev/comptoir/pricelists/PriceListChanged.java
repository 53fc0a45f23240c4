package dev.comptoir.pricelists;

import java.util.UUID;

/**
 * A price list was created, changed or deleted: prices in {@code currency} may differ from now on
 * (a cache of priced answers, such as the catalog's, drops what it holds for that currency).
 */
public record PriceListChanged(UUID priceListId, String currency) {}
