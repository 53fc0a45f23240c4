/**
 * Carts: anonymous (X-Session-Id) and customer carts, priced from current catalog prices at read
 * time with coupon, tax and shipping; merged into the customer's cart at login.
 */
@ApplicationModule(allowedDependencies = {"catalog", "promotions", "pricing", "customers"})
package dev.comptoir.cart;

import org.springframework.modulith.ApplicationModule;
