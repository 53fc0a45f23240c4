/**
 * Customers: accounts, authentication (JWT access tokens and rotating refresh tokens), profiles,
 * roles made of permissions and the bootstrap admin, the address book and the wishlist (which reads
 * current prices from the catalog). Other modules use {@link
 * dev.comptoir.customers.CustomerService} and listen to {@link dev.comptoir.customers.CustomerRegistered}
 * and {@link dev.comptoir.customers.CustomerLoggedIn}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "markets"})
package dev.comptoir.customers;

import org.springframework.modulith.ApplicationModule;
