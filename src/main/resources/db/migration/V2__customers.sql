-- Customers module: accounts, roles made of permissions, rotating refresh tokens.

CREATE TABLE roles (
    name        TEXT   NOT NULL PRIMARY KEY,
    permissions TEXT[] NOT NULL DEFAULT '{}',
    description TEXT
);

-- admin's permissions are re-synced with Permissions.ALL at every start (AccountBootstrap).
INSERT INTO roles (name, permissions, description) VALUES
    ('customer', '{}', 'A shopper: own cart, orders, profile'),
    ('admin', '{catalog:write,orders:manage,inventory:manage,coupons:manage,analytics:read,customers:read,users:manage}',
        'Everything, including staff accounts'),
    ('catalog_manager', '{catalog:write}', 'Products, categories, reviews moderation'),
    ('order_manager', '{orders:manage,customers:read}', 'Orders, refunds, customer look-up'),
    ('inventory_manager', '{inventory:manage}', 'Stock adjustments and movements'),
    ('marketing', '{coupons:manage,analytics:read}', 'Coupons and reports'),
    ('analyst', '{analytics:read}', 'Reports only');

CREATE TABLE users (
    id            UUID                     NOT NULL PRIMARY KEY,
    email         TEXT                     NOT NULL,
    password_hash TEXT                     NOT NULL,
    first_name    TEXT                     NOT NULL,
    last_name     TEXT                     NOT NULL,
    role          TEXT                     NOT NULL REFERENCES roles (name),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL DEFAULT 0
);
-- Emails are stored lower-cased; the index also guards direct inserts. Only live accounts hold an
-- address, so a deleted account's email can register again.
CREATE UNIQUE INDEX users_email_live_key ON users (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX users_created_at_idx ON users (created_at DESC);

-- Refresh tokens are opaque; only their SHA-256 is kept. A family is one login's chain of rotations.
CREATE TABLE refresh_tokens (
    id         UUID                     NOT NULL PRIMARY KEY,
    token_hash TEXT                     NOT NULL UNIQUE,
    family_id  UUID                     NOT NULL,
    user_id    UUID                     NOT NULL REFERENCES users (id),
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at);
