-- Prices per currency (issue 14). A product's `price` stays its price in its own currency (the
-- store's base currency, `currency`); the prices in other currencies are explicit amounts, never
-- converted, kept on the same row so that reading a product or a page of them costs no extra
-- statement and a price edit is one row under the product's optimistic lock:
--   products.prices          {"CHF": {"amount": 62.00, "compareAtPrice": 80.00}, "JPY": {"amount": 9800}}
--   product_variants.prices  {"CHF": {"amount": 64.00}}   (a variant's own price; absent = the product's)
-- The base currency never appears in the JSON (it is the `price` column), so a currency has one place.
-- Amounts are net (excluding tax), with the decimals of their currency (the application checks them).
ALTER TABLE products
    ADD COLUMN prices JSONB NOT NULL DEFAULT '{}',
    ADD CONSTRAINT products_prices_shape CHECK (jsonb_typeof(prices) = 'object' AND NOT prices ? currency
        AND NOT jsonb_path_exists(prices, '$.* ? (@.amount < 0 || @.compareAtPrice < 0 || !exists(@.amount))'));

ALTER TABLE product_variants
    ADD COLUMN prices JSONB NOT NULL DEFAULT '{}',
    ADD CONSTRAINT product_variants_prices_shape CHECK (jsonb_typeof(prices) = 'object'
        AND NOT jsonb_path_exists(prices, '$.* ? (@.amount < 0 || !exists(@.amount))'));
