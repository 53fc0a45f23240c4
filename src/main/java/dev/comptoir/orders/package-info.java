/**
 * Orders: checkout in one transaction (cart, coupon, totals, stock), the order state machine,
 * history and tracking, customer and guest access, expiry of unpaid orders,
 * payment intents and refunds (through payments, whose events move the order).
 */
@ApplicationModule(allowedDependencies = {"cart", "catalog", "inventory", "promotions", "pricing", "customers", "payments", "markets"})
package dev.comptoir.orders;

import org.springframework.modulith.ApplicationModule;
