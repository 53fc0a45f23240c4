/**
 * Inventory: takes and puts back stock for orders (atomically, never below zero, in a consistent
 * SKU order), and keeps the movements ledger of every stock change made through the catalog.
 */
@ApplicationModule(allowedDependencies = {"catalog"})
package dev.comptoir.inventory;

import org.springframework.modulith.ApplicationModule;
