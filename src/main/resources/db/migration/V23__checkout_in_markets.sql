-- Cart, checkout, orders and coupons in markets (issue 14). A cart belongs to one market and holds the
-- currency its lines' price_at_add were seen in; carts made before markets are in the default one.
ALTER TABLE carts ADD COLUMN market_code VARCHAR(32) NOT NULL DEFAULT 'default';
ALTER TABLE carts ADD COLUMN currency VARCHAR(3);

-- The order keeps its market, the tax mode its totals were computed in and its excl.-tax total
-- (total - tax); orders placed before markets were in the default market, tax excluded.
ALTER TABLE orders ADD COLUMN market_code VARCHAR(32) NOT NULL DEFAULT 'default';
ALTER TABLE orders ADD COLUMN tax_inclusive BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE orders ADD COLUMN total_excl_tax NUMERIC(12, 2);
UPDATE orders SET total_excl_tax = total - tax_amount;
ALTER TABLE orders ALTER COLUMN total_excl_tax SET NOT NULL;

-- The price list that gave a line its price (null: the regular price) and, for a sale, the price it beat.
ALTER TABLE order_items ADD COLUMN price_list_id UUID;
ALTER TABLE order_items ADD COLUMN compare_at_price NUMERIC(10, 2);
ALTER TABLE order_items ADD COLUMN unit_price_excl_tax NUMERIC(10, 2);

-- A coupon's amounts (fixed value, minimum subtotal) are in its currency. Existing coupons are in the
-- store's configured currency: CouponCurrencyBootstrap fills it at start (the configuration is not
-- known to a migration).
ALTER TABLE coupons ADD COLUMN currency VARCHAR(3);
ALTER TABLE coupons ADD CONSTRAINT coupons_currency_format CHECK (currency IS NULL OR currency ~ '^[A-Z]{3}$');
