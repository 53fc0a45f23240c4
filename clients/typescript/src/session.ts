/**
 * What a storefront keeps between calls: the anonymous cart's session id, the customer's tokens and
 * the guest tokens of the orders placed without an account. The client reads and writes it through a
 * {@link SessionStore}; keep it in memory (the default) or in `localStorage` with {@link storageStore}.
 */
export interface SessionState {
  /** `X-Session-Id` issued by the server on the first cart call; identifies the anonymous cart. */
  sessionId?: string;
  accessToken?: string;
  refreshToken?: string;
  /** `X-Guest-Token` of each guest order, by order id. */
  guestTokens: Record<string, string>;
}

export interface SessionStore {
  get(): SessionState;
  set(state: SessionState): void;
}

export function memoryStore(initial: Partial<SessionState> = {}): SessionStore {
  let state: SessionState = { guestTokens: {}, ...initial };
  return {
    get: () => state,
    set: (next) => {
      state = next;
    },
  };
}

/**
 * A store kept in a Web Storage (`localStorage`, `sessionStorage`) under one key, so that a reload
 * keeps the cart and the sign-in. Anything script on the page can read it: mind your XSS exposure.
 */
export function storageStore(storage: Pick<Storage, "getItem" | "setItem">, key = "comptoir.session"): SessionStore {
  return {
    get: () => {
      const saved = storage.getItem(key);
      if (!saved) return { guestTokens: {} };
      try {
        const state = JSON.parse(saved) as Partial<SessionState>;
        return { ...state, guestTokens: state.guestTokens ?? {} };
      } catch {
        return { guestTokens: {} };
      }
    },
    set: (state) => storage.setItem(key, JSON.stringify(state)),
  };
}

/** Applies a change to the stored state (read, copy, write: a store may hand out frozen objects). */
export function update(store: SessionStore, change: Partial<SessionState>): void {
  store.set({ ...store.get(), ...change });
}
