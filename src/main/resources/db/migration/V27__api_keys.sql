-- API keys (ADR 0013): publishable keys identify a storefront (market, rate-limit budget) and are shown
-- in full; secret keys act for staff with their permissions and are kept as a SHA-256 of the token only.
CREATE TABLE api_keys (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(20)              NOT NULL CHECK (kind IN ('publishable', 'secret')),
    name         VARCHAR(100)             NOT NULL,
    prefix       VARCHAR(20)              NOT NULL,
    token_hash   CHAR(64)                 NOT NULL UNIQUE,
    token        VARCHAR(64),
    permissions  TEXT[]                   NOT NULL DEFAULT '{}',
    market       VARCHAR(40),
    rate_limit   BIGINT CHECK (rate_limit > 0),
    created_by   VARCHAR(80)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    expires_at   TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    rotated_to   UUID REFERENCES api_keys (id),
    CHECK (kind = 'publishable' OR token IS NULL)
);
CREATE INDEX api_keys_created ON api_keys (created_at DESC);
