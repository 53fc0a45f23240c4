-- Carts: anonymous ones keyed by X-Session-Id (24 h), customers' by user id (7 days). Lines keep
-- the price seen when added only to warn about changes; totals always use current prices.
CREATE TABLE carts (
    id          UUID                     NOT NULL PRIMARY KEY,
    user_id     UUID UNIQUE,
    session_id  VARCHAR(128) UNIQUE,
    coupon_code VARCHAR(64),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT carts_one_owner CHECK ((user_id IS NULL) <> (session_id IS NULL))
);
CREATE INDEX carts_expires_idx ON carts (expires_at);

CREATE TABLE cart_items (
    id           UUID                     NOT NULL PRIMARY KEY,
    cart_id      UUID                     NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    product_id   UUID                     NOT NULL,
    variant_id   UUID,
    sku          VARCHAR(64)              NOT NULL,
    quantity     INT                      NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    price_at_add NUMERIC(10, 2)           NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cart_items_sku_uk UNIQUE (cart_id, sku)
);
