package dev.comptoir.integrations;

import java.time.Instant;

/**
 * One event told to integrators (ADR 0013): {@code type} such as {@code order.paid}, a stable
 * {@code id} (the Standard Webhooks {@code webhook-id}, {@code msg_...}) and {@code payload}, the
 * whole JSON body sent — {@code {"id","type","timestamp","data"}} — frozen when the event is
 * published, so that every endpoint, every retry and the event stream carry the same bytes.
 * Published inside a transaction; webhook deliveries are recorded in that same transaction.
 */
public record IntegrationEvent(String id, String type, Instant timestamp, String payload) {}
