/**
 * Customers: accounts, authentication (JWT access tokens and rotating refresh tokens), profiles,
 * roles made of permissions and the bootstrap admin. Other modules use {@link
 * dev.comptoir.customers.CustomerService} and listen to {@link dev.comptoir.customers.CustomerRegistered}
 * and {@link dev.comptoir.customers.CustomerLoggedIn}.
 */
@ApplicationModule(allowedDependencies = {})
package dev.comptoir.customers;

import org.springframework.modulith.ApplicationModule;
