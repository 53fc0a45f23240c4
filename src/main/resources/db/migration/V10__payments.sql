-- Payments: one row per payment intent (a retry after a cancelled intent is a new attempt), refunds
-- as their own rows, and the Stripe events already processed (each event id takes effect once).
CREATE TABLE payments (
    id                UUID                     NOT NULL PRIMARY KEY,
    order_id          UUID                     NOT NULL,
    attempt           INT                      NOT NULL,
    provider          VARCHAR(20)              NOT NULL,
    provider_id       VARCHAR(255)             NOT NULL UNIQUE,
    client_secret     VARCHAR(500)             NOT NULL,
    amount            NUMERIC(12, 2)           NOT NULL CHECK (amount > 0),
    currency          VARCHAR(3)               NOT NULL,
    status            VARCHAR(30)              NOT NULL,
    amount_refunded   NUMERIC(12, 2)           NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0),
    received_amount   NUMERIC(12, 2),
    received_currency VARCHAR(3),
    failure_reason    VARCHAR(500),
    succeeded_at      TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payments_order_attempt UNIQUE (order_id, attempt),
    CONSTRAINT payments_refund_limit CHECK (amount_refunded <= amount)
);

CREATE TABLE refunds (
    id                 UUID                     NOT NULL PRIMARY KEY,
    payment_id         UUID                     NOT NULL REFERENCES payments (id),
    order_id           UUID                     NOT NULL,
    provider_refund_id VARCHAR(255) UNIQUE,
    request_key        VARCHAR(200) UNIQUE,
    amount             NUMERIC(12, 2)           NOT NULL CHECK (amount > 0),
    currency           VARCHAR(3)               NOT NULL,
    reason             VARCHAR(500),
    source             VARCHAR(20)              NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    failure_reason     VARCHAR(500),
    attempts           INT                      NOT NULL DEFAULT 0,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX refunds_payment_idx ON refunds (payment_id);
CREATE INDEX refunds_order_idx ON refunds (order_id);

CREATE TABLE processed_webhook_events (
    event_id    VARCHAR(255)             NOT NULL PRIMARY KEY,
    type        VARCHAR(100)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
