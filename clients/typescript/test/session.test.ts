// What the client keeps, without a server: a Web Storage store survives a new client (a page reload).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createComptoir, storageStore } from "../src/index.js";

class MapStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe("storageStore", () => {
  it("keeps the session id, the tokens and the guest tokens across clients", () => {
    const storage = new MapStorage();
    const first = createComptoir({ baseUrl: "http://shop.invalid", store: storageStore(storage) });
    first.store.set({ sessionId: "s".repeat(20), accessToken: "a", refreshToken: "r", guestTokens: { o1: "g1" } });

    const reloaded = createComptoir({ baseUrl: "http://shop.invalid", store: storageStore(storage) });
    assert.deepEqual(reloaded.session(), {
      sessionId: "s".repeat(20),
      accessToken: "a",
      refreshToken: "r",
      guestTokens: { o1: "g1" },
    });
    assert.ok(reloaded.signedIn);
  });

  it("starts empty from nothing stored or from something unreadable", () => {
    const storage = new MapStorage();
    assert.deepEqual(storageStore(storage).get(), { guestTokens: {} });
    storage.setItem("comptoir.session", "{not json");
    assert.deepEqual(storageStore(storage).get(), { guestTokens: {} });
  });
});
