import type { components } from "./generated/openapi.js";

// Names for the answers a storefront handles most, taken from the document's schemas.

/** `POST /api/orders` (201) and `GET /api/orders/{id}`: the order, with `guestToken` for a guest. */
export type PlacedOrder = components["schemas"]["OrderView"];

/** `POST /api/orders/{id}/payment-intent`: what Stripe.js needs to confirm the payment. */
export type PaymentIntent = components["schemas"]["PaymentIntentView"];

/** `POST /api/dev/payments/{paymentIntentId}/succeed|fail` (simulated provider only). */
export type SimulatedPayment = components["schemas"]["DeliveredEvent"];
