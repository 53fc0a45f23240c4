/**
 * Inventory: stock locations, stock levels per SKU and location (on hand, reserved by orders), the
 * orders' reservations and the movements ledger (ADR 0012); reserves, releases and ships for orders,
 * and writes the catalog's storefront stock as the available sum over active locations.
 */
@ApplicationModule(allowedDependencies = {"catalog"})
package dev.comptoir.inventory;

import org.springframework.modulith.ApplicationModule;
