/**
 * Integrations: API keys (publishable and secret), outbound merchant webhooks (Standard Webhooks
 * signatures, retries, a delivery log), the integration events they carry and, when {@code AMQP_URL}
 * is set, the same events on a RabbitMQ exchange. Other modules know nothing of it: it listens to
 * their events and reads through their façades (ADR 0013).
 */
@ApplicationModule
package dev.comptoir.integrations;

import org.springframework.modulith.ApplicationModule;
