-- The account lifecycle (ADR 0006): verified emails, the customer's language, and the single-use
-- tokens sent by email for a password reset, an email verification and an email change.

-- Accounts that existed before have not proved their address: they verify it like new ones
-- (POST /api/auth/verify-email/resend). Staff and the demo customer are created verified.
ALTER TABLE users
    ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN locale            VARCHAR(10) NOT NULL DEFAULT 'en';

-- Only the SHA-256 of a token is kept. The raw token is derived from the row id and a server key
-- (customers.AccountTokens), so neither this table nor the outbox ever holds it.
CREATE TABLE account_tokens (
    id         UUID                     NOT NULL PRIMARY KEY,
    user_id    UUID                     NOT NULL REFERENCES users (id),
    purpose    VARCHAR(30)              NOT NULL
        CHECK (purpose IN ('password_reset', 'email_verification', 'email_change')),
    token_hash VARCHAR(64)              NOT NULL UNIQUE,
    -- the address the token was sent to: the account's for a reset or a verification, the new one
    -- for a change (a verification token no longer verifies once the address changed)
    email      TEXT                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose, created_at DESC);
CREATE INDEX account_tokens_expires_idx ON account_tokens (expires_at);

-- The language of the order's emails: the customer's at checkout, a guest's Accept-Language.
ALTER TABLE orders ADD COLUMN locale VARCHAR(10);
