/**
 * Orders: checkout in one transaction (cart, coupon, totals, stock), the order state machine,
 * history and tracking, customer and guest access, expiry of unpaid orders.
 */
@ApplicationModule(allowedDependencies = {"cart", "catalog", "inventory", "promotions", "pricing", "customers"})
package dev.comptoir.orders;

import org.springframework.modulith.ApplicationModule;
