-- Promotions: coupons and their redemptions. Codes are stored upper-case (checked), so the unique
-- constraint makes them unique case-insensitively. The checks repeat the service's rules so that no
-- bug can store an impossible coupon or let used_count pass usage_limit.

CREATE TABLE coupons (
    id                 UUID                     NOT NULL PRIMARY KEY,
    code               VARCHAR(50)              NOT NULL,
    type               VARCHAR(20)              NOT NULL,
    value              NUMERIC(10, 2)           NOT NULL,
    min_subtotal       NUMERIC(10, 2)           NOT NULL DEFAULT 0,
    starts_at          TIMESTAMP WITH TIME ZONE,
    ends_at            TIMESTAMP WITH TIME ZONE,
    usage_limit        INT,
    per_customer_limit INT,
    used_count         INT                      NOT NULL DEFAULT 0,
    is_active          BOOLEAN                  NOT NULL DEFAULT TRUE,
    description        VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT coupons_code_key UNIQUE (code),
    CONSTRAINT coupons_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    CONSTRAINT coupons_type_check CHECK (type IN ('percentage', 'fixed_amount', 'free_shipping')),
    CONSTRAINT coupons_value_check CHECK (
        (type = 'percentage' AND value > 0 AND value <= 100)
        OR (type = 'fixed_amount' AND value > 0)
        OR (type = 'free_shipping' AND value = 0)),
    CONSTRAINT coupons_min_subtotal_check CHECK (min_subtotal >= 0),
    CONSTRAINT coupons_period_check CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at),
    CONSTRAINT coupons_usage_limit_check CHECK (usage_limit IS NULL OR usage_limit > 0),
    CONSTRAINT coupons_per_customer_limit_check CHECK (per_customer_limit IS NULL OR per_customer_limit > 0),
    CONSTRAINT coupons_used_count_check CHECK (used_count >= 0 AND (usage_limit IS NULL OR used_count <= usage_limit))
);
CREATE INDEX coupons_created_at_idx ON coupons (created_at DESC);

-- One row per order that used a coupon; released_at is set when the order is cancelled or expires,
-- which gives the use back. coupon_code is the code as it was when redeemed (codes can be renamed).
CREATE TABLE coupon_redemptions (
    id             UUID                     NOT NULL PRIMARY KEY,
    coupon_id      UUID                     NOT NULL REFERENCES coupons (id),
    coupon_code    VARCHAR(50)              NOT NULL,
    order_id       UUID                     NOT NULL,
    customer_id    UUID,
    customer_email VARCHAR(254)             NOT NULL,
    amount         NUMERIC(10, 2)           NOT NULL,
    redeemed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT coupon_redemptions_order_key UNIQUE (order_id),
    CONSTRAINT coupon_redemptions_amount_check CHECK (amount >= 0),
    CONSTRAINT coupon_redemptions_email_lower CHECK (customer_email = lower(customer_email))
);
CREATE INDEX coupon_redemptions_customer_idx ON coupon_redemptions (coupon_id, customer_id) WHERE released_at IS NULL;
CREATE INDEX coupon_redemptions_email_idx ON coupon_redemptions (coupon_id, customer_email) WHERE released_at IS NULL;
