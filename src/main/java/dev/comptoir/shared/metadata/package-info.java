/**
 * Metadata (ADR 0013): integrators' key/value pairs on products, variants, categories, accounts and
 * orders — the rules (keys, limits), the patch and its merge in SQL, and the admin list filters — so
 * that each module stores its own without depending on another.
 */
package dev.comptoir.shared.metadata;
