/** One invalid field of a 400 `invalid_data` problem. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An RFC 9457 problem as Comptoir answers it: the standard members plus a stable `error` code,
 * `message` (same text as `detail`), `errors` for invalid fields and the request id. Other members
 * (`orderStatus`, `warnings`, ...) depend on the error.
 */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  error?: string;
  message?: string;
  requestId?: string;
  errors?: FieldError[];
  [member: string]: unknown;
}

/** A 4xx or 5xx answer, thrown by {@link unwrap}. `error` is the code to switch on. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  /** The HTTP status. */
  readonly status: number;
  /** The stable error code (`invalid_data`, `product_not_found`, `coupon_expired`...); `http_<status>` without one. */
  readonly error: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** The `X-Request-Id` of the answer: give it to support, it is on every server log line of the request. */
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again (429, 503), from `Retry-After`. */
  readonly retryAfter: number | undefined;
  readonly problem: Problem;
  readonly response: Response;

  constructor(response: Response, body: unknown) {
    const problem: Problem = isObject(body) ? (body as Problem) : {};
    const detail = text(problem.detail) ?? text(problem.message) ?? text(problem.title) ?? response.statusText;
    const error = text(problem.error) ?? `http_${response.status}`;
    super(`${response.status} ${error}: ${detail}`);
    this.status = response.status;
    this.error = error;
    this.detail = detail;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
    this.requestId = text(problem.requestId) ?? response.headers.get("X-Request-Id") ?? undefined;
    const retryAfter = Number(response.headers.get("Retry-After") ?? Number.NaN);
    this.retryAfter = Number.isFinite(retryAfter) ? retryAfter : undefined;
    this.problem = problem;
    this.response = response;
  }
}

type Answer = { data?: unknown; error?: unknown; response: Response };

/** What a successful call gives: its body, or `undefined` for an answer without one (204). */
export type DataOf<R> = R extends { data: infer D; error?: never } ? D : never;

/**
 * The body of a successful answer, or an {@link ApiError} thrown for a problem:
 * `const product = await unwrap(api.GET("/api/products/{idOrSlug}", {params: {path: {idOrSlug}}}))`.
 */
export async function unwrap<R extends Answer>(call: Promise<R>): Promise<DataOf<R>> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response, error);
  return data as DataOf<R>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}
