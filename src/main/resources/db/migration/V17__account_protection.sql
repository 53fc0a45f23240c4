-- Security review, per-account sign-in protection: failed logins are counted per email from any client,
-- keyed by the email's SHA-256 so that addresses without an account are never stored in clear (and an
-- unknown email is counted exactly like a known one). A success deletes the row.
CREATE TABLE login_failures (
    email_hash      VARCHAR(64)              NOT NULL PRIMARY KEY,
    failures        INT                      NOT NULL CHECK (failures > 0),
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_failures_last_failure_idx ON login_failures (last_failure_at);

-- Inventory hoarding: unpaid orders are capped per customer, per email and per client. The client is
-- the SHA-256 of its address (the key the rate limits use), never the address itself.
ALTER TABLE orders ADD COLUMN client_key VARCHAR(64);
CREATE INDEX orders_pending_user_idx ON orders (user_id) WHERE status = 'pending';
CREATE INDEX orders_pending_email_idx ON orders (email) WHERE status = 'pending';
CREATE INDEX orders_pending_client_idx ON orders (client_key) WHERE status = 'pending';
