/**
 * The outbox (Spring Modulith's event publication registry) and its rules for outside effects
 * (ADR 0004): {@link dev.comptoir.shared.events.OutsideEffect} listeners, retries of failed
 * publications with backoff, given-up publications turned into staff alerts, and retention.
 */
package dev.comptoir.shared.events;
