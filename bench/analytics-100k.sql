-- Generates 100,000 paid orders (about 250,000 lines over 500 products in 50 categories), 2,000 refunds and
-- 20,000 customers in the analytics read model, all in the year 3001 so that they disturb no real report.
-- Used by AnalyticsCostBench (./mvnw verify -Dtest=AnalyticsCostBench); also runs as is with psql.
-- Remove with bench/analytics-100k-cleanup.sql.
CREATE TEMPORARY TABLE bench_products AS
SELECT md5('bench-product-' || i)::uuid AS id, 'Bench product ' || i AS name, 'BENCH-' || i AS sku,
       md5('bench-category-' || (i % 50))::uuid AS category_id, 'Bench category ' || (i % 50) AS category_name,
       round((2 + (i % 97) * 1.37)::numeric, 2) AS price, i
  FROM generate_series(0, 499) i;

INSERT INTO analytics_orders (order_id, order_number, customer_id, total, currency, status, placed_at, paid_at)
SELECT md5('bench-order-' || g)::uuid, 'BENCH-' || g, md5('bench-customer-' || (g % 20000))::uuid,
       round((5 + random() * 300)::numeric, 2), 'EUR', 'paid', at, at + interval '2 minutes'
  FROM (SELECT g, timestamptz '3001-01-01 00:00:00+00' + (random() * 365 * 86400) * interval '1 second' AS at
          FROM generate_series(1, 100000) g) o;

INSERT INTO analytics_order_lines (order_id, line_no, product_id, product_name, category_id, category_name, sku,
                                   quantity, line_total, currency, paid_at)
SELECT o.order_id, l, p.id, p.name, p.category_id, p.category_name, p.sku, q, p.price * q, 'EUR', o.paid_at
  FROM generate_series(1, 100000) g
  JOIN analytics_orders o ON o.order_id = md5('bench-order-' || g)::uuid
 CROSS JOIN LATERAL generate_series(0, g % 4) l
 CROSS JOIN LATERAL (SELECT 1 + ((g * 7 + l * 13) % 3) AS q) qty
  JOIN bench_products p ON p.i = (g * 31 + l * 17) % 500;

INSERT INTO analytics_refunds (order_id, refunded_at, amount)
SELECT order_id, paid_at + interval '3 days', round(total / 2, 2)
  FROM analytics_orders WHERE order_number LIKE 'BENCH-%' AND substr(order_number, 7)::int % 50 = 0;

INSERT INTO analytics_customers (customer_id, registered_at)
SELECT md5('bench-customer-' || c)::uuid, timestamptz '3001-01-01 00:00:00+00' + (c % 365) * interval '1 day'
  FROM generate_series(0, 19999) c;

DROP TABLE bench_products;

ANALYZE analytics_orders;
ANALYZE analytics_order_lines;
ANALYZE analytics_refunds;
ANALYZE analytics_customers;
