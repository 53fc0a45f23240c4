/**
 * Reviews: ratings and comments on products by customers, one per customer and product, marked as a
 * verified purchase when the customer paid for the product, moderated before they are public. Keeps
 * the catalog's rating average and count equal to the approved reviews.
 */
@ApplicationModule(allowedDependencies = {"catalog", "orders", "customers"})
package dev.comptoir.reviews;

import org.springframework.modulith.ApplicationModule;
