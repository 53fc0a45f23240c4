package dev.comptoir.shared.openapi;

/** Request and response headers an operation takes part in, documented by {@link OperationContract}. */
public enum ApiHeader {
    /** The anonymous cart's {@code X-Session-Id}: sent by the client, issued by the server when absent. */
    SESSION_ID,
    /** Sends the anonymous cart's {@code X-Session-Id}; the server issues none. */
    SESSION_ID_SENT,
    /** {@code X-Guest-Token}: a guest's proof of an order it placed. */
    GUEST_TOKEN,
    /** {@code Idempotency-Key} in, {@code Idempotent-Replayed} out on a replayed answer. */
    IDEMPOTENCY_KEY,
    /** {@code ETag} out, {@code If-None-Match} in, 304 when it matches. */
    ETAG,
    /** {@code Location} of what a 201 created or a 202 started. */
    LOCATION,
    /** {@code Accept: text/csv} answers the same rows as CSV (a header row, then one line per row). */
    CSV
}
