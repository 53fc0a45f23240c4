-- Orders: a snapshot of what was bought at which price, the totals breakdown at checkout, and the
-- status history. Guests are tracked by a secret token whose hash only is stored.
CREATE SEQUENCE order_number_seq START 1000;

CREATE TABLE orders (
    id                      UUID                     NOT NULL PRIMARY KEY,
    order_number            VARCHAR(32)              NOT NULL UNIQUE,
    user_id                 UUID,
    email                   VARCHAR(320)             NOT NULL,
    guest_token_hash        VARCHAR(64),
    status                  VARCHAR(20)              NOT NULL,
    payment_status          VARCHAR(20)              NOT NULL,
    payment_method          VARCHAR(30),
    payment_intent_id       VARCHAR(255),
    currency                VARCHAR(3)               NOT NULL,
    subtotal                NUMERIC(12, 2)           NOT NULL,
    discount_amount         NUMERIC(12, 2)           NOT NULL,
    tax_rate                NUMERIC(6, 4)            NOT NULL,
    tax_amount              NUMERIC(12, 2)           NOT NULL,
    shipping_amount         NUMERIC(12, 2)           NOT NULL,
    total                   NUMERIC(12, 2)           NOT NULL CHECK (total >= 0),
    coupon_code             VARCHAR(64),
    shipping_address        JSONB                    NOT NULL,
    billing_address         JSONB                    NOT NULL,
    shipping_zone           VARCHAR(64),
    notes                   VARCHAR(1000),
    tracking_number         VARCHAR(100),
    estimated_delivery_from DATE,
    estimated_delivery_to   DATE,
    expires_at              TIMESTAMP WITH TIME ZONE,
    paid_at                 TIMESTAMP WITH TIME ZONE,
    shipped_at              TIMESTAMP WITH TIME ZONE,
    delivered_at            TIMESTAMP WITH TIME ZONE,
    cancelled_at            TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT orders_owner CHECK (user_id IS NOT NULL OR guest_token_hash IS NOT NULL)
);
CREATE INDEX orders_user_created_idx ON orders (user_id, created_at DESC);
CREATE INDEX orders_pending_expiry_idx ON orders (expires_at) WHERE status = 'pending';
CREATE INDEX orders_created_idx ON orders (created_at);

CREATE TABLE order_items (
    id         UUID           NOT NULL PRIMARY KEY,
    order_id   UUID           NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position   INT            NOT NULL,
    product_id UUID           NOT NULL,
    variant_id UUID,
    sku        VARCHAR(64)    NOT NULL,
    name       VARCHAR(500)   NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL,
    quantity   INT            NOT NULL CHECK (quantity > 0),
    line_total NUMERIC(12, 2) NOT NULL
);
CREATE INDEX order_items_order_idx ON order_items (order_id);
CREATE INDEX order_items_product_idx ON order_items (product_id);

CREATE TABLE order_status_history (
    id         BIGSERIAL PRIMARY KEY,
    order_id   UUID                     NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    status     VARCHAR(20)              NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    by_actor   VARCHAR(255)             NOT NULL,
    note       VARCHAR(500)
);
CREATE INDEX order_status_history_order_idx ON order_status_history (order_id, id);
