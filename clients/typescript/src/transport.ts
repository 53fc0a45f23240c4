import { idempotentOperations } from "./generated/operations.js";
import { type SessionState, type SessionStore, update } from "./session.js";

export interface TransportOptions {
  baseUrl: string;
  store: SessionStore;
  /** The fetch that goes to the network (default: the global one). */
  fetch?: (request: Request) => Promise<Response>;
  /** Further attempts of a call that is safe to repeat (GET, or a write with its Idempotency-Key). Default 2. */
  retries?: number;
  /** First delay between attempts, doubled each time (a `Retry-After` overrides it). Default 250 ms. */
  retryDelayMs?: number;
  /** Called when the refresh token was refused: the customer must sign in again. */
  onSignedOut?: () => void;
  /**
   * Keep the refresh token in the server's HttpOnly cookie (`login?cookie=true`), out of reach of
   * script, instead of the store: for a browser storefront on the API's site (the cookie is
   * `SameSite=Strict`, `Secure`, `Path=/api/auth`).
   */
  refreshCookie?: boolean;
  /**
   * The market the storefront sells in (its code), sent as `X-Market` on every call that names none:
   * prices, currency and what is sold follow it, and a cart moves to it (see the README's Markets).
   */
  market?: string;
  /** The shopper's languages, sent as `Accept-Language` on every call that names none (e.g. `fr, en;q=0.8`). */
  locale?: string;
}

const SESSION = "X-Session-Id";
const GUEST = "X-Guest-Token";
const MARKET = "X-Market";
const IDEMPOTENCY = "Idempotency-Key";
const AUTH_ROUTES = /^\/api\/auth\//;
const ORDER = /^\/api\/orders\/([^/]+)(?:\/|$)/;
/** Answers after which the same request may succeed; a write is repeated only with its Idempotency-Key. */
const TRANSIENT = new Set([502, 503, 504]);
const MAX_RETRY_AFTER_MS = 10_000;

/**
 * The fetch handed to openapi-fetch: adds what the server expects of a storefront on every call and
 * learns from every answer.
 * - `X-Session-Id`: kept from the answers that issue it (the cart), sent back until a sign-in merges
 *   the anonymous cart; `X-Guest-Token` on `/api/orders/{id}…` for the orders placed as a guest;
 *   `X-Market` and `Accept-Language` from the options.
 * - `Authorization`: the access token; on a 401 the refresh token is exchanged once (concurrent calls
 *   wait for the same exchange) and the call is repeated with the new token.
 * - `Idempotency-Key` on the operations that accept one (from the document), generated per call and
 *   kept when the call is repeated, so that a repeated checkout is answered with the same order.
 * - the tokens of login/register/refresh answers and the guest token of a placed order are stored.
 */
export class Transport {
  private readonly base: URL;
  private readonly send: (request: Request) => Promise<Response>;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly idempotent: ReadonlyArray<{ method: string; pattern: RegExp }>;
  private refreshing: Promise<boolean> | undefined;

  constructor(private readonly options: TransportOptions) {
    this.base = new URL(options.baseUrl.endsWith("/") ? options.baseUrl : options.baseUrl + "/");
    this.send = options.fetch ?? ((request) => globalThis.fetch(request));
    this.retries = options.retries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.idempotent = idempotentOperations.map(({ method, path }) => ({ method, pattern: template(path) }));
  }

  readonly fetch = async (request: Request): Promise<Response> => {
    const path = this.pathOf(request.url);
    const headers = new Headers(request.headers);
    const write = request.method !== "GET" && request.method !== "HEAD";
    if (write && !headers.has(IDEMPOTENCY) && this.acceptsKey(request.method, path)) {
      headers.set(IDEMPOTENCY, globalThis.crypto.randomUUID());
    }
    const repeatable = !write || headers.has(IDEMPOTENCY);
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const ownAuthorization = headers.has("Authorization");
    const attempt = (): Request => {
      const state = this.options.store.get();
      const sent = new Headers(headers);
      if (state.sessionId && !sent.has(SESSION)) sent.set(SESSION, state.sessionId);
      const order = ORDER.exec(path)?.[1];
      const guestToken = order ? state.guestTokens[decodeURIComponent(order)] : undefined;
      if (guestToken && !sent.has(GUEST)) sent.set(GUEST, guestToken);
      if (state.accessToken && !ownAuthorization) sent.set("Authorization", `Bearer ${state.accessToken}`);
      if (this.options.market && !sent.has(MARKET)) sent.set(MARKET, this.options.market);
      if (this.options.locale && !sent.has("Accept-Language")) sent.set("Accept-Language", this.options.locale);
      // the refresh cookie only travels with credentials, and only to the auth routes
      const credentials = this.options.refreshCookie && AUTH_ROUTES.test(path) ? "include" : request.credentials;
      return new Request(request.url, { method: request.method, headers: sent, body, signal: request.signal, credentials });
    };

    const sentToken = this.options.store.get().accessToken;
    let response = await this.withRetries(attempt, repeatable);
    if (response.status === 401 && sentToken && !ownAuthorization && !AUTH_ROUTES.test(path)) {
      // repeated with the same Idempotency-Key: a refused call did nothing, so it cannot happen twice
      if (await this.refreshed(sentToken)) {
        await response.body?.cancel();
        response = await this.withRetries(attempt, repeatable);
      }
    }
    await this.learn(request.method, path, response);
    return response;
  };

  /** Exchanges the refresh token, once for all the calls that were refused the same access token. */
  refreshed(staleToken: string): Promise<boolean> {
    const current = this.options.store.get().accessToken;
    // refreshed meanwhile by another call (or signed out: then not repeated, lest it run anonymously)
    if (current !== staleToken) return Promise.resolve(current !== undefined);
    return this.refresh();
  }

  /** Exchanges the refresh token (or cookie) for a new pair, once for the calls asking meanwhile. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.exchange().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** False when there is no refresh token or it was refused (then signed out). */
  private async exchange(): Promise<boolean> {
    const { refreshToken } = this.options.store.get();
    const url = new URL("api/auth/refresh", this.base);
    let request: Request;
    if (this.options.refreshCookie) {
      request = new Request(url, { method: "POST", headers: { Accept: "application/json" }, credentials: "include" });
    } else if (refreshToken) {
      request = new Request(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ refreshToken }),
      });
    } else {
      return this.signedOut();
    }
    const response = await this.send(request);
    if (!response.ok) {
      // 401: spent, revoked or expired; anything else: leave the tokens for a later try
      return response.status === 401 || response.status === 400 ? this.signedOut() : false;
    }
    const tokens = (await response.json()) as { accessToken?: string; refreshToken?: string };
    update(this.options.store, { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
    return Boolean(tokens.accessToken);
  }

  private signedOut(): false {
    update(this.options.store, { accessToken: undefined, refreshToken: undefined });
    this.options.onSignedOut?.();
    return false;
  }

  private async withRetries(attempt: () => Request, repeatable: boolean): Promise<Response> {
    for (let retry = 0; ; retry++) {
      const last = !repeatable || retry >= this.retries;
      let response: Response;
      try {
        response = await this.send(attempt());
      } catch (failure) {
        // no answer (connection reset, timeout): the server may or may not have done it
        if (last || isAbort(failure)) throw failure;
        await delay(this.retryDelayMs * 2 ** retry);
        continue;
      }
      if (last || !(await isTransient(response))) return response;
      await response.body?.cancel();
      await delay(retryAfterMs(response) ?? this.retryDelayMs * 2 ** retry);
    }
  }

  private async learn(method: string, path: string, response: Response): Promise<void> {
    const store = this.options.store;
    const issued = response.headers.get(SESSION);
    if (issued && !store.get().accessToken && issued !== store.get().sessionId) update(store, { sessionId: issued });
    if (method !== "POST" || !response.ok) return;
    if (path === "/api/auth/logout") {
      update(store, { accessToken: undefined, refreshToken: undefined });
    } else if (AUTH_ROUTES.test(path) && isJson(response)) {
      const answer = (await response.clone().json()) as AuthAnswer;
      if (!answer.accessToken) return; // a registration that does not sign in
      const change: Partial<SessionState> = { accessToken: answer.accessToken, refreshToken: answer.refreshToken };
      // the sign-in merged the anonymous cart into the customer's: that session is spent
      const unmerged = answer.warnings?.some((w) => w.code === "cart_not_merged");
      if (path !== "/api/auth/refresh" && !unmerged) change.sessionId = undefined;
      update(store, change);
    } else if (path === "/api/orders" && isJson(response)) {
      const order = (await response.clone().json()) as { id?: string; guestToken?: string };
      if (order.id && order.guestToken) {
        update(store, { guestTokens: { ...store.get().guestTokens, [order.id]: order.guestToken } });
      }
    }
  }

  private acceptsKey(method: string, path: string): boolean {
    return this.idempotent.some((op) => op.method === method && op.pattern.test(path));
  }

  /** The request's path below the base URL (`/api/...`), to match it against the document's templates. */
  private pathOf(url: string): string {
    const { pathname } = new URL(url);
    const prefix = this.base.pathname.replace(/\/$/, "");
    return pathname.startsWith(prefix) ? pathname.slice(prefix.length) || "/" : pathname;
  }
}

interface AuthAnswer {
  accessToken?: string;
  refreshToken?: string;
  warnings?: { code?: string }[];
}

/** `/api/orders/{id}/payment-intent` → a pattern matching one path segment per parameter. */
function template(path: string): RegExp {
  const escaped = path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[^/]+")}$`);
}

async function isTransient(response: Response): Promise<boolean> {
  if (TRANSIENT.has(response.status)) return true;
  if (response.status !== 409) return false;
  // the first attempt of this key is still running on the server: ask again for its answer
  const problem = (await response.clone().json().catch(() => ({}))) as { error?: string };
  return problem.error === "idempotency_request_in_progress";
}

function isJson(response: Response): boolean {
  return (response.headers.get("Content-Type") ?? "").includes("json");
}

function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get("Retry-After") ?? Number.NaN);
  return Number.isFinite(seconds) ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
}

function isAbort(failure: unknown): boolean {
  return failure instanceof Error && (failure.name === "AbortError" || failure.name === "TimeoutError");
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
