-- Admin side: order search indexes, refunded amounts, ledger notes by date, and the analytics read model.

-- Admin order list: newest first, filtered by status, payment status or customer email.
CREATE INDEX orders_status_created_idx ON orders (status, created_at DESC);
CREATE INDEX orders_payment_status_created_idx ON orders (payment_status, created_at DESC);
CREATE INDEX orders_email_created_idx ON orders (lower(email), created_at DESC);
-- What has been refunded so far (payments record refunds through OrderService.recordRefund).
ALTER TABLE orders ADD COLUMN refunded_amount NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0);

-- Ledger listing: newest first by date range.
CREATE INDEX stock_movements_created_idx ON stock_movements (created_at, id);

-- Analytics keeps its own copy of what it needs, fed by events; it never reads other modules' tables.
CREATE TABLE analytics_orders (
    order_id       UUID                     NOT NULL PRIMARY KEY,
    order_number   VARCHAR(32)              NOT NULL,
    customer_id    UUID,
    total          NUMERIC(12, 2)           NOT NULL,
    currency       VARCHAR(3)               NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    placed_at      TIMESTAMP WITH TIME ZONE,
    paid_at        TIMESTAMP WITH TIME ZONE,
    refunded_total NUMERIC(12, 2)           NOT NULL DEFAULT 0
);
-- summary and series scan paid orders by payment time; INCLUDE makes them index-only
CREATE INDEX analytics_orders_paid_idx ON analytics_orders (paid_at) INCLUDE (total, currency)
    WHERE paid_at IS NOT NULL;

CREATE TABLE analytics_order_lines (
    order_id      UUID           NOT NULL,
    line_no       INT            NOT NULL,
    product_id    UUID           NOT NULL,
    product_name  VARCHAR(500)   NOT NULL,
    category_id   UUID,
    category_name VARCHAR(120),
    sku           VARCHAR(64)    NOT NULL,
    quantity      INT            NOT NULL,
    line_total    NUMERIC(12, 2) NOT NULL,
    currency      VARCHAR(3)     NOT NULL,
    -- the order's payment time, copied so that top sellers read this table alone (no join, index-only)
    paid_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX analytics_order_lines_paid_idx ON analytics_order_lines (paid_at)
    INCLUDE (product_id, category_id, currency, quantity, line_total) WHERE paid_at IS NOT NULL;
-- the latest name of a product or category among the top ones
CREATE INDEX analytics_order_lines_product_idx ON analytics_order_lines (product_id, paid_at DESC);
CREATE INDEX analytics_order_lines_category_idx ON analytics_order_lines (category_id, paid_at DESC);

-- one row per refund: a redelivered event finds its row and counts nothing twice
CREATE TABLE analytics_refunds (
    order_id    UUID                     NOT NULL,
    refunded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    amount      NUMERIC(12, 2)           NOT NULL,
    PRIMARY KEY (order_id, refunded_at)
);
CREATE INDEX analytics_refunds_at_idx ON analytics_refunds (refunded_at);

CREATE TABLE analytics_customers (
    customer_id   UUID                     NOT NULL PRIMARY KEY,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analytics_customers_registered_idx ON analytics_customers (registered_at);
