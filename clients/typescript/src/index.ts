export { createComptoir, type Comptoir, type ComptoirApi, type ComptoirOptions } from "./client.js";
export { ApiError, unwrap, type DataOf, type FieldError, type Problem } from "./errors.js";
export { memoryStore, storageStore, type SessionState, type SessionStore } from "./session.js";
export type { components, operations, paths } from "./generated/openapi.js";
export type { PaymentIntent, PlacedOrder, SimulatedPayment } from "./answers.js";
