import { createComptoir, type Comptoir, type ComptoirOptions } from "../src/index.js";

/** The server under test (`.ci/sdk` starts a fresh one and sets it). */
export const baseUrl = process.env.COMPTOIR_URL ?? "http://localhost:3000";

/** The bootstrap admin of that server (its log prints the generated password on the first start). */
export function adminCredentials(): { email: string; password: string } {
  const password = process.env.ADMIN_PASSWORD;
  if (!password) throw new Error("set ADMIN_PASSWORD to the bootstrap admin's password (printed in the server's log)");
  return { email: process.env.ADMIN_EMAIL ?? "admin@comptoir.local", password };
}

export function client(options: Partial<ComptoirOptions> = {}): Comptoir {
  return createComptoir({ baseUrl, retryDelayMs: 50, ...options });
}

/** Every request that went to the network, in order, with its answer's status (or the failure). */
export interface Sent {
  method: string;
  path: string;
  headers: Headers;
  status: number | "failed";
}

/**
 * A fetch that records what it sends; `dropAnswer(method, path)` makes the next matching request
 * reach the server and then fail as a lost connection would, the answer thrown away. It keeps cookies
 * as a browser does for a request made with `credentials: "include"` (Node's fetch keeps none).
 */
export function recordingFetch() {
  const sent: Sent[] = [];
  const drops: { method: string; path: string }[] = [];
  const cookies = new Map<string, { value: string; path: string }>();
  const fetch = async (given: Request): Promise<Response> => {
    const path = new URL(given.url).pathname;
    const withCookies = given.credentials === "include";
    let request = given;
    if (withCookies) {
      const header = [...cookies].filter(([, c]) => path.startsWith(c.path)).map(([name, c]) => `${name}=${c.value}`);
      if (header.length) {
        const headers = new Headers(given.headers);
        headers.set("Cookie", header.join("; "));
        request = new Request(given, { headers });
      }
    }
    const record: Sent = { method: request.method, path, headers: new Headers(request.headers), status: "failed" };
    sent.push(record);
    const response = await globalThis.fetch(request);
    if (withCookies) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
        const [name = "", value = ""] = pair.split(/=(.*)/s);
        const cookiePath = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? "/";
        if (!value || attributes.some((a) => /^max-age=0$/i.test(a))) cookies.delete(name);
        else cookies.set(name, { value, path: cookiePath });
      }
    }
    const drop = drops.findIndex((d) => d.method === request.method && d.path === path);
    if (drop >= 0) {
      drops.splice(drop, 1);
      await response.body?.cancel();
      throw new TypeError("fetch failed (the test dropped the answer)");
    }
    record.status = response.status;
    return response;
  };
  return {
    fetch,
    sent,
    cookies,
    to: (method: string, path: string) => sent.filter((s) => s.method === method && s.path === path),
    dropAnswer: (method: string, path: string) => void drops.push({ method, path }),
  };
}

/**
 * Asks `probe` until it gives a value (something the server does after answering, such as a webhook),
 * less and less often: each call counts against the route's rate limit.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (let pause = 100; ; pause = Math.min(pause * 2, 2_000)) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (failure) {
      last = failure;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`, { cause: last });
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export const parisAddress = {
  firstName: "Ada",
  lastName: "Lovelace",
  line1: "1 rue de Rivoli",
  city: "Paris",
  postalCode: "75001",
  country: "FR",
};

/** Rounds as the server does (scale 2, half up) for the amounts the flow recomputes. */
export function money(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}
