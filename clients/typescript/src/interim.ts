import type { paths } from "./generated/openapi.js";

// Answers the OpenAPI document does not describe yet (a bare `object`); typed here from the server's
// code until it does: `interim<PaymentIntent>(await unwrap(api.POST("/api/orders/{id}/payment-intent", ...)))`.

/** The body of an answer the document leaves untyped, as the type given (no check at run time). */
export function interim<T>(data: unknown): T {
  return data as T;
}

/** `POST /api/orders` (201): the order as `GET /api/orders/{id}` shows it, with `guestToken` for a guest. */
export type PlacedOrder = paths["/api/orders/{id}"]["get"]["responses"][200]["content"]["application/json"];

/** `POST /api/orders/{id}/payment-intent`: what Stripe.js needs to confirm the payment. */
export interface PaymentIntent {
  paymentIntentId: string;
  clientSecret: string;
  amount: number;
  currency: string;
  status: string;
}

/** `POST /api/dev/payments/{paymentIntentId}/succeed|fail` (simulated provider only). */
export interface SimulatedPayment {
  eventId: string;
  type: string;
  webhookStatus: number;
}
