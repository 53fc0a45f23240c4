import createClient, { type Client } from "openapi-fetch";
import { type DataOf, unwrap } from "./errors.js";
import type { paths } from "./generated/openapi.js";
import { memoryStore, type SessionState, type SessionStore } from "./session.js";
import { Transport, type TransportOptions } from "./transport.js";

export interface ComptoirOptions extends Partial<Omit<TransportOptions, "baseUrl" | "store">> {
  /** The server, e.g. `https://shop.example.com` (the routes start with `/api`). */
  baseUrl: string;
  /** Where the session id and tokens live (default: in memory, lost on reload). */
  store?: SessionStore;
}

export type ComptoirApi = Client<paths>;

/** A Comptoir client: the typed routes (`api`) plus the sign-in a storefront needs around them. */
export interface Comptoir {
  /** Every route of the document, typed: `api.GET("/api/products", {params: {query: {q: "bol"}}})`. */
  readonly api: ComptoirApi;
  readonly store: SessionStore;
  /** Logs in; an anonymous cart of this session is merged into the customer's. Returns the warnings. */
  signIn(credentials: { email: string; password: string }): Promise<DataOf<Awaited<ReturnType<typeof login>>>>;
  /** Revokes the refresh token's session on the server and forgets the tokens. */
  signOut(): Promise<void>;
  /**
   * A new access token from the refresh token (or cookie), e.g. when a page loads with the refresh
   * cookie but no access token in memory; false when the customer must sign in. Shared with the
   * refresh a 401 starts.
   */
  refresh(): Promise<boolean>;
  readonly signedIn: boolean;
  /** A snapshot of what the client keeps (session id, tokens, guest tokens). */
  session(): SessionState;
}

function login(api: ComptoirApi, credentials: { email: string; password: string }, cookie: boolean) {
  return api.POST("/api/auth/login", { body: credentials, params: cookie ? { query: { cookie } } : {} });
}

export function createComptoir(options: ComptoirOptions): Comptoir {
  const store = options.store ?? memoryStore();
  const transport = new Transport({ ...options, store });
  const api = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    fetch: transport.fetch,
    // an object in a query (the lists' `page: {page, limit}`) is its members as parameters: `?page=2&limit=20`
    querySerializer: { object: { style: "form", explode: true } },
  });
  return {
    api,
    store,
    signIn: (credentials) => unwrap(login(api, credentials, options.refreshCookie ?? false)),
    async signOut() {
      const { refreshToken } = store.get();
      try {
        if (options.refreshCookie) await unwrap(api.POST("/api/auth/logout")); // the cookie names the session
        else if (refreshToken) await unwrap(api.POST("/api/auth/logout", { body: { refreshToken } }));
      } finally {
        store.set({ ...store.get(), accessToken: undefined, refreshToken: undefined });
      }
    },
    refresh: () => transport.refresh(),
    get signedIn() {
      return Boolean(store.get().accessToken);
    },
    session: () => structuredClone(store.get()),
  };
}
