-- Merchant webhooks (ADR 0013): endpoints, each event's body stored once, one delivery per endpoint
-- and event (the queue the dispatcher claims from), and every attempt (the delivery log).
CREATE TABLE webhook_endpoints (
    id                    UUID PRIMARY KEY,
    url                   VARCHAR(2048)            NOT NULL,
    events                TEXT[]                   NOT NULL,
    description           VARCHAR(500),
    active                BOOLEAN                  NOT NULL DEFAULT TRUE,
    disabled_reason       VARCHAR(40),
    secret                VARCHAR(300)             NOT NULL, -- encrypted (SecretCipher)
    previous_secret       VARCHAR(300),
    previous_secret_until TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE webhook_messages (
    id         VARCHAR(64) PRIMARY KEY,
    type       VARCHAR(80)              NOT NULL,
    payload    TEXT                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE webhook_deliveries (
    id                 UUID PRIMARY KEY,
    endpoint_id        UUID                     NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    message_id         VARCHAR(64)              NOT NULL REFERENCES webhook_messages (id),
    status             VARCHAR(20)              NOT NULL CHECK (status IN ('pending', 'delivering', 'succeeded', 'failed')),
    attempts           INT                      NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMP WITH TIME ZONE,
    claimed_at         TIMESTAMP WITH TIME ZONE,
    last_attempt_at    TIMESTAMP WITH TIME ZONE,
    last_response_code INT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    committed_at       TIMESTAMP WITH TIME ZONE,
    delivered_at       TIMESTAMP WITH TIME ZONE,
    UNIQUE (endpoint_id, message_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at DESC);
CREATE INDEX webhook_deliveries_message ON webhook_deliveries (message_id); -- the purge of unused messages

CREATE TABLE webhook_attempts (
    id            BIGSERIAL PRIMARY KEY,
    delivery_id   UUID                     NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    response_code INT,
    response_body VARCHAR(2048),
    duration_ms   BIGINT                   NOT NULL,
    error         VARCHAR(500)
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
