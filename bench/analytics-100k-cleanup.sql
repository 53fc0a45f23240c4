-- Removes what analytics-100k.sql generated.
DELETE FROM analytics_order_lines WHERE sku LIKE 'BENCH-%';
DELETE FROM analytics_refunds WHERE refunded_at >= timestamptz '3001-01-01 00:00:00+00'
    AND refunded_at < timestamptz '3002-01-10 00:00:00+00';
DELETE FROM analytics_orders WHERE order_number LIKE 'BENCH-%';
DELETE FROM analytics_customers WHERE registered_at >= timestamptz '3001-01-01 00:00:00+00'
    AND registered_at < timestamptz '3002-01-01 00:00:00+00';
