// A client of the public REST API. The access token lives in memory only; the refresh token is an
// HttpOnly cookie (login with cookie=true) that script never sees, sent by the browser to /api/auth.

let accessToken = null;
let refreshTimer = null;
let refreshing = null;
let onSignedOut = () => {};

/** An API problem (RFC 9457): status, stable error code, message and per-field errors. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.message || problem.title || `HTTP ${status}`);
    this.status = status;
    this.code = problem.error || 'http_' + status;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
    this.requestId = problem.requestId;
  }
}

export function whenSignedOut(callback) {
  onSignedOut = callback;
}

export function signedIn() {
  return accessToken !== null;
}

function keep(tokens) {
  accessToken = tokens.accessToken;
  clearTimeout(refreshTimer);
  // renew before it expires (expiresIn is in seconds), so a screen rarely meets a 401
  refreshTimer = setTimeout(() => refresh(), Math.max(30, tokens.expiresIn * 0.8) * 1000);
}

function forget() {
  accessToken = null;
  clearTimeout(refreshTimer);
}

async function problemOf(response) {
  let body = {};
  try {
    body = await response.json();
  } catch {
    // not JSON: keep the status only
  }
  return new ApiError(response.status, body);
}

export async function login(email, password) {
  const response = await fetch('/api/auth/login?cookie=true', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw await problemOf(response);
  keep(await response.json());
}

/** One refresh at a time; resolves false when the cookie is gone, expired or revoked. */
export function refresh() {
  refreshing ??= fetch('/api/auth/refresh', { method: 'POST' })
    .then(async (response) => {
      if (!response.ok) {
        const hadToken = accessToken !== null;
        forget();
        if (hadToken) onSignedOut();
        return false;
      }
      keep(await response.json());
      return true;
    })
    .catch(() => false)
    .finally(() => { refreshing = null; });
  return refreshing;
}

export async function logout() {
  forget();
  await fetch('/api/auth/logout', { method: 'POST' }).catch(() => {});
}

function query(params) {
  if (!params) return '';
  const kept = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return kept.length ? '?' + new URLSearchParams(kept).toString() : '';
}

/**
 * Calls the API with the access token; a 401 is retried once after a refresh. JSON bodies are sent as
 * JSON, strings and FormData as they are. Answers the parsed JSON, the text, or the Response (raw).
 */
export async function api(path, { method = 'GET', body, params, headers = {}, raw = false } = {}) {
  const send = () => {
    const all = { Accept: 'application/json', ...headers };
    if (accessToken) all.Authorization = 'Bearer ' + accessToken;
    let payload = body;
    if (body !== undefined && typeof body !== 'string' && !(body instanceof FormData) && !(body instanceof Blob)) {
      all['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    // staff must see what they just changed: public catalog reads are cacheable for a minute, so every
    // read is revalidated (their ETag makes that a 304)
    return fetch(path + query(params), { method, headers: all, body: payload, cache: 'no-cache' });
  };
  let response = await send();
  if (response.status === 401 && accessToken && (await refresh())) {
    response = await send();
  }
  if (!response.ok) throw await problemOf(response);
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** A unique Idempotency-Key for one user action (a retry of the same action reuses it). */
export function idempotencyKey() {
  return crypto.randomUUID();
}
